using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Care;
using Schakel.IntegrationTests.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Security;

/// <summary>
/// Cases, care files and meetings have sequential numbers. Someone who may not see one gets the same 404 as for a number
/// that does not exist, so probing ids tells nothing about how many there are; the refusal is still audited.
/// </summary>
public sealed class HiddenRecordTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private async Task<int> DeniedCountAsync(string recordType, int id)
    {
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Denied && e.RecordType == recordType && e.RecordId == key));
    }

    [Fact]
    public async Task An_existing_case_of_someone_else_answers_like_a_missing_one_and_is_audited()
    {
        await SecondRegion.EnsureAsync(factory);
        var caseId = await factory.DemoCaseIdAsync();
        var outsider = await WebSession.SignedInAsync(factory, SecondRegion.Police);
        var before = await DeniedCountAsync("Case", caseId);

        var existing = await outsider.GetAsync($"/zaken/{caseId}");
        var missing = await outsider.GetAsync($"/zaken/{caseId + 100_000}");

        existing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await existing.Content.ReadAsStringAsync()).ShouldContain("Pagina niet gevonden");
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Pagina niet gevonden");
        (await DeniedCountAsync("Case", caseId)).ShouldBe(before + 1);
    }

    [Fact]
    public async Task A_care_file_of_someone_else_answers_like_a_missing_one_and_is_audited()
    {
        var fileId = await factory.WithAsync(db => db.Set<CareFile>().Select(f => f.Id).FirstAsync());
        // The police sit at the table but have no business in a care file.
        var police = await WebSession.SignedInAsync(factory, "politie@demo.schakel.nl");
        var before = await DeniedCountAsync("CareFile", fileId);

        (await police.GetAsync($"/zorg/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await police.GetAsync($"/zorg/{fileId + 100_000}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await DeniedCountAsync("CareFile", fileId)).ShouldBe(before + 1);
        var zorg = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        (await zorg.GetAsync($"/zorg/{fileId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_meeting_without_own_items_answers_like_a_missing_one()
    {
        var past = await factory.MeetingIdAsync(next: false);
        var deventer = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        foreach (var path in new[] { "", "/agenda", "/verslag", "/voorronde" })
        {
            (await deventer.GetAsync($"/tafel/vergaderingen/{past}{path}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (await deventer.GetAsync($"/tafel/vergaderingen/{past + 100_000}{path}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }
    }
}
