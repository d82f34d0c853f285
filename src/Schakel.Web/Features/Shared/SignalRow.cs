using Schakel.Core.Signals;

namespace Schakel.Web.Features.Shared;

/// <summary>A line of a queue: reference, status and where it plays, never names.</summary>
public sealed record SignalRow(string Reference, SignalKind Kind, SignalStatus Status, bool IsAcute, ConcernLevel Level, string? Municipality, DateTimeOffset ReceivedAt)
{
    /// <summary>The column keys of a signal table's sortable headers.</summary>
    public static readonly string[] Columns = ["kenmerk", "soort", "gemeente", "zorg", "status", "ontvangen"];

    /// <summary>The case the table made of it, so the status line can name the case (<see cref="SignalStages"/>).</summary>
    public int? CaseId { get; init; }

    /// <summary>Acute first, then newest first: what needs doing now on top.</summary>
    public static IQueryable<SignalRow> Query(IQueryable<Signal> signals) => Query(signals, SortOrder.Default);

    public static IQueryable<SignalRow> Query(IQueryable<Signal> signals, SortOrder order)
    {
        var sorted = order.Column switch
        {
            "kenmerk" => order.By(signals, s => s.Reference),
            "soort" => order.By(signals, s => s.Kind).ThenByDescending(s => s.ReceivedAt),
            "gemeente" => order.By(signals, s => s.Municipality!.Name).ThenByDescending(s => s.ReceivedAt),
            "zorg" => order.By(signals, s => s.OverrideLevel ?? s.AssessedLevel).ThenByDescending(s => s.ReceivedAt),
            "status" => order.By(signals, s => s.Status).ThenByDescending(s => s.ReceivedAt),
            "ontvangen" => order.By(signals, s => s.ReceivedAt),
            _ => signals.OrderByDescending(s => s.IsAcute).ThenByDescending(s => s.ReceivedAt),
        };
        return sorted.Select(s => new SignalRow(s.Reference, s.Kind, s.Status, s.IsAcute, s.OverrideLevel ?? s.AssessedLevel, s.Municipality!.Name, s.ReceivedAt) { CaseId = s.CaseId });
    }

    /// <summary>Acute as a badge; the text "ACUUT" is what the queues and their tests have always shown.</summary>
    public static Badge AcuteBadge { get; } = new("ACUUT", BadgeTone.Danger);

    /// <summary>The risk as a badge: the word carries the meaning, the tone supports it.</summary>
    public Badge LevelBadge => new(SignalLabels.Dutch(Level), BadgeTones.Of(Level));
}

/// <summary>What <c>_SignalTable.cshtml</c> shows: the rows, the order (null where the table is not sortable) and the empty sentence.</summary>
public sealed record SignalTable(IReadOnlyList<SignalRow> Rows, SortOrder? Order, string EmptyText = "Er zijn geen meldingen in deze lijst.")
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["kenmerk"] = "Kenmerk", ["soort"] = "Soort", ["gemeente"] = "Gemeente", ["zorg"] = "Zorg", ["status"] = "Status", ["ontvangen"] = "Ontvangen",
    };

    public string Caption => Order is { Column: { } column } order
        ? $"Meldingen, {order.Describe(Labels[column])}"
        : "Meldingen, acute eerst, dan nieuwste eerst";
}
