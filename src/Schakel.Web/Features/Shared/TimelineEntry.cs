namespace Schakel.Web.Features.Shared;

/// <summary>
/// One line of a record's history (signal, case, care file), shown by <c>_Timeline.cshtml</c> newest first.
/// The actor is a role or organisation, never a person's name of a subject.
/// </summary>
public sealed record TimelineEntry(DateTimeOffset At, string Title, string? Actor = null, string? Detail = null, Badge? Badge = null);
