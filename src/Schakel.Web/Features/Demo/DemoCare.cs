using Microsoft.EntityFrameworkCore;
using Schakel.Core.Care;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Demo;

/// <summary>
/// A care file for the possible victim of the demo case: two open needs, a shelter placement, the reflection period,
/// contacts, a CoMensha consent and a goal. All people are fictional.
/// </summary>
public static class DemoCare
{
    public const string ClinicalNote = "Slaapt slecht, nachtmerries; traumabehandeling bij GGZ besproken.";

    public static async Task SeedAsync(SchakelDb db, TimeProvider clock, CancellationToken ct)
    {
        var tableCase = await db.Set<TableCase>().OrderBy(c => c.Id).FirstOrDefaultAsync(ct);
        if (tableCase is null)
        {
            return;
        }
        var victim = await db.Subjects.Where(s => s.Role == SubjectRole.PossibleVictim && db.Signals.Any(g => g.Id == s.SignalId && g.CaseId == tableCase.Id))
            .OrderBy(s => s.Id).FirstOrDefaultAsync(ct);
        var coordinator = await db.Users.Include(u => u.Organisation).FirstOrDefaultAsync(u => u.Email == "zorgcoordinator@demo.schakel.nl", ct);
        if (victim is null || coordinator is null)
        {
            return;
        }
        var today = DutchTime.Today(clock);
        var opened = tableCase.OpenedAt.AddDays(1);
        var name = $"{coordinator.DisplayName} ({coordinator.Organisation!.Name})";
        db.Set<CareFile>().Add(new CareFile
        {
            CaseId = tableCase.Id, SubjectId = victim.Id, CoordinatorUserId = coordinator.Id, CoordinatorName = name, OpenedAt = opened,
            ClinicalNotes = ClinicalNote,
            Needs =
            [
                CareNeed.Record(LifeDomain.SafeShelter, NeedStatus.Met, "Fier, Leeuwarden", today.AddDays(-12), null, null),
                CareNeed.Record(LifeDomain.PsychologicalCare, NeedStatus.InProgress, "GGZ Dimence", today.AddDays(-7), null, "Intake traumabehandeling gepland."),
                new CareNeed { Domain = LifeDomain.ResidenceStatus },
            ],
            Placements =
            [
                new ShelterPlacement
                {
                    RecommendedKind = ShelterTree.Cosm, ChosenKind = ShelterTree.Cosm, Reason = "Geen veilige eigen woonruimte; afstand tot de salon nodig.",
                    Answers = "minor=no;danger=no;needs=none;residence=noneu", StartsOn = today.AddDays(-12), RecordedAt = opened, RecordedBy = name,
                },
            ],
            Milestones = [new CareMilestone { Kind = MilestoneKind.ReflectionPeriodStart, On = today.AddDays(-12) }],
            Contacts =
            [
                new CareContact { Kind = ContactKind.Lawyer, Name = "mr. S. de Vries", Organisation = "Advocatenkantoor Hanzestad", Phone = "038-1234567" },
                new CareContact { Kind = ContactKind.PoliceCaseOfficer, Name = "R. Bakker", Organisation = "Politie TMM Oost-Nederland" },
                new CareContact { Kind = ContactKind.Shelter, Name = "Mentor Fier", Organisation = "Fier", IsSinglePointOfContact = true },
            ],
            Consents = [new Consent { Scope = ConsentScope.CoMenshaReport, GivenOn = today.AddDays(-11), RecordedBy = name }],
            Goals = [new CareGoal { Description = "Veilig wonen en een stabiele dagstructuur", EvaluateOn = today.AddDays(30) }],
        });
        await db.SaveChangesAsync(ct);
    }
}
