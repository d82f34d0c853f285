using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Care;
using Schakel.Web.Features.Linking;
using Schakel.Core.Table;
using Schakel.IntegrationTests.Care;
using Schakel.IntegrationTests.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Privacy;

/// <summary>
/// "Who has seen my data?" must cover every page that shows a person, not only the signal: a case, a care file,
/// a pre-round and the linking screens each name the persons they showed, and the privacy officer's search finds them.
/// </summary>
public sealed class PersonAuditTrailTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task A_case_read_and_a_care_file_read_are_found_by_the_persons_name_and_in_the_access_report()
    {
        var fileId = await factory.DemoCareFileIdAsync();
        var (caseId, subjectId, name) = await factory.WithAsync(db => db.Set<CareFile>().Where(f => f.Id == fileId)
            .Join(db.Subjects, f => f.SubjectId, s => s.Id, (f, s) => new ValueTuple<int, int, string>(f.CaseId, s.Id, s.FullName!)).SingleAsync());
        await (await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl")).GetHtmlAsync($"/zaken/{caseId}");
        await (await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl")).GetHtmlAsync($"/zorg/{fileId}");

        var found = await SearchAsync(name);
        found.ShouldContain($">Casus {caseId}<");
        found.ShouldContain($">Zorgtraject {fileId}<");
        found.ShouldContain("Linda Smit");
        found.ShouldContain("Anouk Mulder");

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var report = await fg.GetAsync($"/privacy/personen/{subjectId}?handler=Json");
        report.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await report.Content.ReadAsStringAsync());
        var records = json.RootElement.GetProperty("accessedBy").EnumerateArray().Select(a => a.GetProperty("record").GetString()).ToList();
        records.ShouldContain($"Casus {caseId}");
        records.ShouldContain($"Zorgtraject {fileId}");
    }

    [Fact]
    public async Task A_pre_round_read_is_found_by_the_name_of_a_person_on_it()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var name = await factory.WithAsync(db => db.Set<AgendaItem>()
            .Where(i => i.MeetingId == meeting && i.Section != AgendaSection.CaseInMonitoring && i.SignalId != null)
            .Join(db.Subjects, i => i.SignalId, s => s.SignalId, (i, s) => s.FullName)
            .Where(n => n != null).FirstAsync());
        await (await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl")).GetHtmlAsync($"/tafel/vergaderingen/{meeting}/voorronde");

        (await SearchAsync(name!)).ShouldContain($">Voorronde {meeting}<");
    }

    [Fact]
    public async Task A_read_of_the_linking_candidates_is_found_by_the_name_of_a_linked_person()
    {
        var name = await factory.WithAsync(db => db.Set<SubjectLink>().Where(l => l.Status == LinkStatus.Candidate)
            .Join(db.Subjects, l => l.SubjectAId, s => s.Id, (l, s) => s.FullName).Where(n => n != null).FirstAsync());
        await (await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl")).GetHtmlAsync("/koppelen");

        (await SearchAsync(name!)).ShouldContain(">Mogelijke koppelingen<");
    }

    [Fact]
    public async Task Searching_by_the_record_type_case_also_finds_entries_stored_under_the_old_name()
    {
        var caseId = (await factory.DemoCaseIdAsync()).ToString(CultureInfo.InvariantCulture);
        var audit = factory.Services.GetService(typeof(Web.Infrastructure.Audit.AuditLog)) as Web.Infrastructure.Audit.AuditLog;
        // An entry as earlier versions wrote it.
        await audit!.RecordStoredNameAsync(null, Core.Audit.AuditAction.Read, "TableCase", caseId, details: "oude naam");
        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var html = await (await fg.PostFormAsync("/privacy/audit", new() { ["RecordType"] = "Case", ["RecordId"] = caseId }, "/privacy/audit")).Content.ReadAsStringAsync();
        html.ShouldContain($">Casus {caseId}<");
        html.ShouldNotContain("TableCase");
    }

    private async Task<string> SearchAsync(string person)
    {
        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var response = await fg.PostFormAsync("/privacy/audit", new() { ["Person"] = person }, "/privacy/audit");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }
}
