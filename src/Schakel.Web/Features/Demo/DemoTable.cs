using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Demo;

/// <summary>
/// The demo's weeg- en monitortafel: members, a meeting held two weeks ago that made a case of the Zwolle massage
/// parlour signal (care and criminal tracks, one action now overdue), and the next meeting with its agenda and a
/// first pre-round answer. All people are fictional.
/// </summary>
public static class DemoTable
{
    public const string Name = "Weeg- en monitortafel IJsselland";

    public static async Task SeedAsync(SchakelDb db, int regionId, AgendaBuilder agenda, TimeProvider clock, CancellationToken ct)
    {
        var users = await db.Users.ToDictionaryAsync(u => u.Email!, u => (u.Id, u.DisplayName, Org: u.Organisation!.Name), ct);
        string Id(string who) => users[who + "@demo.schakel.nl"].Id;
        string Describe(string who) => TableDirectory.Describe(new MemberInfo(Id(who), users[who + "@demo.schakel.nl"].DisplayName, users[who + "@demo.schakel.nl"].Org));

        var table = new RegionalTable { Name = Name, RegionId = regionId, ChairUserId = Id("procesregisseur"), SecretaryUserId = Id("ketenregisseur") };
        foreach (var who in new[] { "ketenregisseur", "procesregisseur", "zorgcoordinator", "politie", "riec" })
        {
            table.Members.Add(new TableMember { UserId = Id(who) });
        }
        var om = await db.Organisations.Where(o => o.Name == "Openbaar Ministerie Oost-Nederland").Select(o => o.Id).FirstAsync(ct);
        table.Members.Add(new TableMember { OrganisationId = om });
        db.Set<RegionalTable>().Add(table);
        await db.SaveChangesAsync(ct);

        var now = clock.GetUtcNow();
        var today = DutchTime.Today(clock);
        var past = new TableMeeting { TableId = table.Id, StartsAt = DutchTime.ToUtc(today.AddDays(-14).ToDateTime(new TimeOnly(10, 0))), PreRoundSentAt = now.AddDays(-17), AgendaGeneratedAt = now.AddDays(-17) };
        var next = new TableMeeting { TableId = table.Id, StartsAt = DutchTime.ToUtc(today.AddDays(1).ToDateTime(new TimeOnly(10, 0))) };
        db.Set<TableMeeting>().AddRange(past, next);
        await db.SaveChangesAsync(ct);

        // The Zwolle massage parlour signal became a case at the last meeting.
        var signal = await db.Signals.Include(s => s.Subjects).FirstAsync(s => s.Status == SignalStatus.RegisteredForTable && s.Municipality!.Name == "Zwolle", ct);
        var decidedAt = past.StartsAt.AddHours(1);
        var secretary = Describe("ketenregisseur");
        var criminal = new CaseTrack { Kind = TrackKind.CareAndCriminal, OpenedAt = decidedAt };
        criminal.RecordOutcome("ONDERZOEK");
        var tableCase = new TableCase
        {
            Reference = "C-" + today.Year + "-0001", TableId = table.Id, MunicipalityId = signal.MunicipalityId, OpenedAt = decidedAt,
            DirectorUserId = Id("procesregisseur"), DirectorName = Describe("procesregisseur"),
            FirstGoal = "De vrouw in de salon veilig spreken en opvang aanbieden.",
            WorkAgreements = "Zorgcoördinator en wijkagent gaan samen langs; politie deelt alleen wat de tafel nodig heeft.",
            Tracks =
            [
                new CaseTrack { Kind = TrackKind.Care, OpenedAt = decidedAt },
                criminal,
            ],
            Events =
            [
                new CaseEvent { At = decidedAt, Actor = secretary, Description = $"Casus aangemaakt uit melding {signal.Reference}: redelijk vermoeden" },
                new CaseEvent { At = decidedAt, Actor = secretary, Description = $"Spoor geopend: {TableLabels.Dutch(TrackKind.Care)}" },
                new CaseEvent { At = decidedAt, Actor = secretary, Description = $"Spoor geopend: {TableLabels.Dutch(TrackKind.CareAndCriminal)}" },
            ],
        };
        db.Set<TableCase>().Add(tableCase);
        var item = new AgendaItem
        {
            MeetingId = past.Id, Section = AgendaSection.NewSignal, Position = 1, SignalId = signal.Id, Case = tableCase,
            ReasonableSuspicion = true, Outcome = TableOutcome.Tracks, DecidedAt = decidedAt, DecidedBy = secretary,
            DecisionNotes = "Politie en RIEC herkennen het pand; de vrouw is niet eerder in beeld bij Veilig Thuis.",
        };
        db.Set<AgendaItem>().Add(item);
        signal.Events.Add(new SignalEvent { At = decidedAt, Actor = secretary, Description = "Regionale tafel: opgeschaald naar redelijk vermoeden, casus aangemaakt" });
        await db.SaveChangesAsync(ct);
        signal.CaseId = tableCase.Id;
        db.Set<CriminalTrackDetail>().Add(new CriminalTrackDetail
        {
            TrackId = tableCase.Tracks.Single(t => t.Kind == TrackKind.CareAndCriminal).Id,
            Text = "Observatie van het pand loopt; eigenaar verdacht van afpersing van afdrachten (TMM-onderzoek Lotus).",
            UpdatedAt = decidedAt, UpdatedBy = Describe("politie"),
        });
        db.Set<TableAction>().AddRange(
            new TableAction
            {
                MeetingId = past.Id, AgendaItemId = item.Id, CaseId = tableCase.Id, SignalId = signal.Id, CreatedAt = decidedAt,
                Description = "Opvangplek bij Fier reserveren", OwnerUserId = Id("zorgcoordinator"), OwnerName = Describe("zorgcoordinator"), DueOn = today.AddDays(-3),
            },
            new TableAction
            {
                MeetingId = past.Id, AgendaItemId = item.Id, CaseId = tableCase.Id, SignalId = signal.Id, CreatedAt = decidedAt,
                Description = "Vergunning van de salon nalopen bij de gemeente", OwnerUserId = Id("riec"), OwnerName = Describe("riec"), DueOn = today.AddDays(10),
            });
        await db.SaveChangesAsync(ct);

        // The next meeting: agenda generated, pre-round sent, the police already answered for the acute Deventer girl.
        var loaded = await db.Set<TableMeeting>().Include(m => m.Table).FirstAsync(m => m.Id == next.Id, ct);
        await agenda.GenerateAsync(loaded, ct);
        loaded.PreRoundSentAt = now;
        var lotte = await db.Subjects.Where(s => s.FullName == "Lotte").Select(s => s.Id).FirstOrDefaultAsync(ct);
        if (lotte != 0)
        {
            db.Set<PreRoundAnswer>().Add(new PreRoundAnswer
            {
                MeetingId = next.Id, SubjectId = lotte, UserId = Id("politie"), Answerer = Describe("politie"),
                Answer = Acquaintance.Known, Note = "Eerder aangetroffen bij een controle in Zwolle-Zuid.", At = now,
            });
        }
        await db.SaveChangesAsync(ct);
    }
}
