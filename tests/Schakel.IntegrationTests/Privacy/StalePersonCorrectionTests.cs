using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Privacy;

/// <summary>A correction on request of the person, made from a page that is out of date, does not overwrite a colleague's correction.</summary>
public sealed class StalePersonCorrectionTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task A_stale_correction_is_refused_with_the_colleagues_correction_shown_and_the_own_input_kept()
    {
        var subject = await factory.WithAsync(db => db.Subjects.Where(s => s.FullName != null).OrderBy(s => s.Id).Select(s => new { s.Id, s.Version }).FirstAsync());
        var url = $"/privacy/personen/{subject.Id}";
        var colleague = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var me = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var version = WebSession.HiddenValue(await me.GetHtmlAsync(url), "Version")!;
        version.ShouldBe(subject.Version.ToString(CultureInfo.InvariantCulture));

        (await colleague.PostFormAsync(url + "?handler=Correct", new() { ["Version"] = version, ["FullName"] = "Anna Eerste", ["Reason"] = "verzoek van 1 december" }, formPage: url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await me.PostFormAsync(url + "?handler=Correct", new() { ["Version"] = version, ["FullName"] = "Anne Tweede", ["Reason"] = "verzoek van 2 december" }, formPage: url);

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        html.ShouldContain("Iemand anders heeft deze persoon intussen gewijzigd");
        html.ShouldContain("Anna Eerste", Case.Sensitive, "the colleague's correction is shown");
        html.ShouldContain("name=\"FullName\" value=\"Anne Tweede\"", Case.Sensitive, "the own correction stays in the form");
        html.ShouldContain("name=\"Reason\" value=\"verzoek van 2 december\"");
        (await factory.WithAsync(db => db.Subjects.Where(s => s.Id == subject.Id).Select(s => s.FullName).SingleAsync())).ShouldBe("Anna Eerste");
    }
}
