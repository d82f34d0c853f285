using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Care;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Care.LegalSteps;

/// <summary>The legal steps (reflection period, residence permit), each recorded once and in order.</summary>
public sealed class LegalStepsModel(CareFileAccess access, SchakelDb db, AuditLog audit) : CareSectionPage(access, db, audit)
{
    protected override string Section => "verblijf";

    [BindProperty] public MilestoneInput Milestone { get; set; } = new();

    public Task<IActionResult> OnPostAsync(int id) => EditAsync(id, "Milestone", () =>
    {
        if (!Enum.IsDefined(Milestone.Kind) || Milestone.On is null)
        {
            return "Kies de stap en vul de datum in.";
        }
        if (Dossier.Milestones.Any(m => m.Kind == Milestone.Kind))
        {
            return $"{CareLabels.Dutch(Milestone.Kind)} is al vastgelegd.";
        }
        if (CareRules.WhyMilestoneOutOfOrder(Dossier.Milestones, Milestone.Kind, Milestone.On.Value) is { } why)
        {
            return why;
        }
        Dossier.Milestones.Add(new CareMilestone { Kind = Milestone.Kind, On = Milestone.On.Value, Note = Trim(Milestone.Note) });
        return null;
    }, "Stap vastgelegd.");
}
