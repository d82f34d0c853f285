using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Care;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Care.Placements;

/// <summary>Shelter placements: the decision tree advises, the care coordinator chooses and gives the reason.</summary>
public sealed class PlacementsModel(CareFileAccess access, SchakelDb db, AuditLog audit, TimeProvider clock, ShelterTree tree) : CareSectionPage(access, db, audit)
{
    protected override string Section => "opvang";

    [BindProperty] public PlacementInput Placement { get; set; } = new();
    public ShelterAdvice? Advice { get; private set; }

    /// <summary>Walks the decision tree with the answers given; nothing is stored until a placement is chosen.</summary>
    public async Task<IActionResult> OnPostAdviseAsync(int id)
    {
        if (await LoadAsync(id) is { } denied)
        {
            return denied;
        }
        Advice = ShelterAdvisor.Evaluate(tree, Placement.Answers);
        if (!Advice.IsComplete)
        {
            ModelState.AddModelError("Advise", $"Beantwoord de vraag: {tree.Question(Advice.MissingQuestion!)!.Text}");
        }
        else
        {
            Placement.Recommended = Advice.Recommended;
            Placement.Chosen ??= Advice.Recommended;
        }
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id) => EditAsync(id, "Placement", () =>
    {
        Advice = ShelterAdvisor.Evaluate(tree, Placement.Answers);
        if (!Advice.IsComplete)
        {
            return $"Doorloop eerst de beslisboom. Beantwoord de vraag: {tree.Question(Advice.MissingQuestion!)!.Text}";
        }
        if (Placement.Chosen is null || tree.Kinds.All(k => k.Code != Placement.Chosen))
        {
            return "Kies de soort opvang waarin de persoon wordt geplaatst.";
        }
        if (string.IsNullOrWhiteSpace(Placement.Reason))
        {
            return "Geef de reden voor deze plaatsing; een plaatsing zonder reden wordt niet vastgelegd.";
        }
        if (Placement.Reason.Length > 2000)
        {
            return "De reden is te lang (maximaal 2000 tekens).";
        }
        Dossier.Placements.Add(new ShelterPlacement
        {
            RecommendedKind = Advice.Recommended!, ChosenKind = Placement.Chosen, Reason = Placement.Reason.Trim(),
            Answers = string.Join(";", Advice.Path.Select(p => $"{p.Question}={p.Answer}")),
            StartsOn = Placement.StartsOn ?? Today, RecordedAt = clock.GetUtcNow(), RecordedBy = User.ActorName(),
        });
        return null;
    }, "Plaatsing vastgelegd.");
}
