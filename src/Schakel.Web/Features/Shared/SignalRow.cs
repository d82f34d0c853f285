using Schakel.Core.Signals;

namespace Schakel.Web.Features.Shared;

/// <summary>A line of a queue: reference, status and where it plays, never names.</summary>
public sealed record SignalRow(string Reference, SignalKind Kind, SignalStatus Status, bool IsAcute, ConcernLevel Level, string? Municipality, DateTimeOffset ReceivedAt)
{
    /// <summary>The case the table made of it, so the status line can name the case (<see cref="SignalStages"/>).</summary>
    public int? CaseId { get; init; }

    public static IQueryable<SignalRow> Query(IQueryable<Signal> signals) =>
        signals.OrderByDescending(s => s.IsAcute).ThenByDescending(s => s.ReceivedAt)
            .Select(s => new SignalRow(s.Reference, s.Kind, s.Status, s.IsAcute, s.OverrideLevel ?? s.AssessedLevel, s.Municipality!.Name, s.ReceivedAt) { CaseId = s.CaseId });
}
