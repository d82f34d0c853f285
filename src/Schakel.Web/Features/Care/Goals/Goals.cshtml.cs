using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Care;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Care.Goals;

/// <summary>The care plan's goals: added, their status moved on, edited in place. The only part the attention officer reads.</summary>
public sealed class GoalsModel(CareFileAccess access, SchakelDb db, AuditLog audit) : CareSectionPage(access, db, audit)
{
    protected override string Section => "doelen";

    [BindProperty] public GoalInput Goal { get; set; } = new();
    [BindProperty] public GoalInput EditGoal { get; set; } = new();
    [BindProperty] public GoalStatus NewGoalStatus { get; set; }
    [BindProperty] public int ItemId { get; set; }
    [BindProperty] public int ItemVersion { get; set; }

    /// <summary>The row whose edit form shows the user's own input: the one just posted and refused.</summary>
    public bool IsEditing(int itemId) => ItemId == itemId && ModelState[$"EditGoal-{itemId}"]?.Errors.Count > 0;

    public Task<IActionResult> OnPostAsync(int id) => EditAsync(id, "Goal", () =>
    {
        if (string.IsNullOrWhiteSpace(Goal.Description))
        {
            return "Beschrijf het doel.";
        }
        if (Goal.EvaluateOn is null)
        {
            return "Vul de evaluatiedatum van het doel in.";
        }
        if (Goal.EvaluateOn < DutchTime.Day(Dossier.OpenedAt))
        {
            return "De evaluatiedatum ligt voor de opening van het zorgdossier.";
        }
        Dossier.Goals.Add(new CareGoal { Description = Goal.Description.Trim(), EvaluateOn = Goal.EvaluateOn.Value });
        return null;
    }, "Doel toegevoegd.");

    public Task<IActionResult> OnPostStatusAsync(int id) => EditAsync(id, $"Goal-{ItemId}", () =>
    {
        var goal = Dossier.Goals.FirstOrDefault(g => g.Id == ItemId);
        if (goal is null || !Enum.IsDefined(NewGoalStatus))
        {
            return "Dit doel bestaat niet (meer).";
        }
        goal.ChangeStatus(NewGoalStatus);
        Db.Entry(goal).Property(g => g.Version).OriginalValue = ItemVersion;
        return null;
    }, "Doel bijgewerkt.");

    public Task<IActionResult> OnPostEditAsync(int id) => EditAsync(id, $"EditGoal-{ItemId}", () =>
    {
        var goal = Dossier.Goals.FirstOrDefault(g => g.Id == ItemId);
        if (goal is null)
        {
            return "Dit doel bestaat niet (meer).";
        }
        if (string.IsNullOrWhiteSpace(EditGoal.Description))
        {
            return "Beschrijf het doel.";
        }
        if (EditGoal.Description.Length > 2000)
        {
            return "Het doel is te lang (maximaal 2000 tekens).";
        }
        if (EditGoal.EvaluateOn is null)
        {
            return "Vul de evaluatiedatum van het doel in.";
        }
        if (EditGoal.EvaluateOn < DutchTime.Day(Dossier.OpenedAt))
        {
            return "De evaluatiedatum ligt voor de opening van het zorgdossier.";
        }
        goal.Description = EditGoal.Description.Trim();
        goal.EvaluateOn = EditGoal.EvaluateOn.Value;
        Db.Entry(goal).Property(g => g.Version).OriginalValue = ItemVersion;
        return null;
    }, "Doel gewijzigd.");
}
