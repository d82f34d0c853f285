using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Care;
using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Privacy;

public sealed class CaseRetentionTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task A_case_closed_past_its_period_loses_personal_data_in_signals_table_text_and_care_file_and_an_open_case_keeps_it()
    {
        var (caseId, openCaseId) = await factory.WithAsync<(int, int)>(async db =>
        {
            var withCare = await db.Set<CareFile>().Select(f => f.CaseId).FirstAsync();
            var file = await db.Set<CareFile>().Include(f => f.Contacts).FirstAsync(f => f.CaseId == withCare);
            file.ClinicalNotes = "Slaapt slecht, nachtmerries over de werkgever.";
            file.Contacts.Add(new CareContact { Kind = ContactKind.Lawyer, Name = "mr. J. de Vries-van Dijk", Phone = "038-4211111" });
            var @case = await db.Set<TableCase>().FirstAsync(c => c.Id == withCare);
            @case.FirstGoal = "Veilige opvang voor Oksana";
            @case.Stored(c => c.ClosedAt, factory.Now.AddYears(-6));
            // A second case, still open, whose signal must keep everything.
            var other = await db.Signals.Where(s => s.CaseId == null && s.AnonymisedAt == null && s.Subjects.Any(p => p.FullName != null)).FirstAsync();
            var open = new TableCase { Reference = "Z-RET-OPEN", TableId = @case.TableId, MunicipalityId = other.MunicipalityId, OpenedAt = factory.Now.AddYears(-7) };
            db.Set<TableCase>().Add(open);
            await db.SaveChangesAsync();
            other.CaseId = open.Id;
            await db.SaveChangesAsync();
            return (withCare, open.Id);
        });
        var tracksBefore = await factory.WithAsync(db => db.Set<CaseTrack>().Where(t => t.CaseId == caseId).Select(t => new { t.Kind, t.Status, t.OutcomeCode }).ToListAsync());
        var openNames = await factory.WithAsync(db => db.Subjects.Where(s => db.Signals.Any(g => g.Id == s.SignalId && g.CaseId == openCaseId)).Select(s => s.FullName).ToListAsync());

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var reference = await factory.WithAsync(db => db.Set<TableCase>().Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync());
        (await fg.GetHtmlAsync("/privacy/bewaartermijnen")).ShouldContain(reference);
        (await fg.PostFormAsync("/privacy/bewaartermijnen", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        await factory.WithAsync(async db =>
        {
            var @case = await db.Set<TableCase>().SingleAsync(c => c.Id == caseId);
            @case.AnonymisedAt.ShouldNotBeNull();
            @case.FirstGoal.ShouldBeNull();
            var subjects = await db.Subjects.Where(s => db.Signals.Any(g => g.Id == s.SignalId && g.CaseId == caseId)).ToListAsync();
            subjects.ShouldNotBeEmpty();
            subjects.ShouldAllBe(s => s.FullName == null && s.Phones == null && s.Street == null);
            (await db.Signals.Where(s => s.CaseId == caseId).AllAsync(s => s.AnonymisedAt != null && s.Description == null)).ShouldBeTrue();
            var file = await db.Set<CareFile>().Include(f => f.Contacts).FirstAsync(f => f.CaseId == caseId);
            file.ClinicalNotes.ShouldBeNull();
            file.Contacts.ShouldAllBe(c => c.Phone == null && !c.Name.Contains("Vries"));
            (await db.Set<CaseTrack>().Where(t => t.CaseId == caseId).Select(t => new { t.Kind, t.Status, t.OutcomeCode }).ToListAsync()).ShouldBe(tracksBefore);
            (await db.Set<TableCase>().SingleAsync(c => c.Id == openCaseId)).AnonymisedAt.ShouldBeNull();
            (await db.Subjects.Where(s => db.Signals.Any(g => g.Id == s.SignalId && g.CaseId == openCaseId)).Select(s => s.FullName).ToListAsync()).ShouldBe(openNames);
            (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.Erase && e.RecordType == "Case" && e.RecordId == caseId.ToString())).ShouldBe(1);
            return 0;
        });
    }
}
