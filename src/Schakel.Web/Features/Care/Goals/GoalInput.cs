namespace Schakel.Web.Features.Care.Goals;

// Strings are nullable on purpose: validation and its Dutch messages live in the page, not in implicit [Required].
public sealed class GoalInput
{
    public string? Description { get; set; }
    public DateOnly? EvaluateOn { get; set; }
}
