using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Testing;
using Schakel.Web.Features.Import;
using static Schakel.IntegrationTests.Import.ImportPageData;
using static Schakel.Testing.ImportSamples;

namespace Schakel.IntegrationTests.Import;

/// <summary>
/// Files that wait for an import hold personal data in the database; one user cannot pile them up. The limit is per
/// user: a colleague can still upload.
/// </summary>
public sealed class WaitingUploadTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task A_user_with_five_files_waiting_is_told_to_import_one_first_and_nothing_more_is_stored()
    {
        var administrator = await WebSession.SignedInAsync(factory, Administrator);
        for (var i = 0; i < ImportUpload.MaxWaitingPerUser; i++)
        {
            UploadId(await UploadAsync(administrator, Csv($"wacht{i}", 2), $"wacht-{i}.csv", "Wachtrij bron"));
        }
        var stored = await factory.WithAsync(db => db.Set<ImportUpload>().CountAsync());

        var refused = await UploadAsync(administrator, Csv("teveel", 2), "te-veel.csv", "Wachtrij bron");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        html.ShouldContain($"U heeft al {ImportUpload.MaxWaitingPerUser} bestanden klaarstaan die nog niet zijn geïmporteerd.");
        html.ShouldContain("value=\"Wachtrij bron\"");
        (await factory.WithAsync(db => db.Set<ImportUpload>().CountAsync())).ShouldBe(stored);

        var director = await WebSession.SignedInAsync(factory, Director);
        UploadId(await UploadAsync(director, Csv("collega", 2), "collega.csv", "Wachtrij bron"));
    }
}
