using Schakel.Core.Reference;

namespace Schakel.Core.Signals;

/// <summary>Thresholds of the signal check; configuration, so a region can tune them with its cards.</summary>
public sealed record SignalCheckThresholds(int MediumFrom = 4, int HighFrom = 8, int AcuteFromCriticalCount = 2);

public sealed record SignalAssessment(ConcernLevel Level, SuggestedRoute Route, int Score, IReadOnlyList<string> Reasons);

/// <summary>
/// The plain-language check shown while a signal is filled in. It advises; the attention officer decides and may
/// override it with a reason.
/// </summary>
public static class SignalCheck
{
    public static SignalAssessment Assess(IEnumerable<Indicator> ticked, bool markedAcute, SignalCheckThresholds thresholds)
    {
        var indicators = ticked.DistinctBy(i => i.Code).ToList();
        var score = indicators.Sum(i => i.Weight);
        var critical = indicators.Where(i => i.Critical).ToList();
        var reasons = new List<string>();

        if (markedAcute)
        {
            reasons.Add("De melding is als acuut gemarkeerd: direct ingrijpen door politie/OM, burgemeester of zorgcoördinator.");
        }
        foreach (var c in critical)
        {
            reasons.Add($"Kritieke indicator: {c.Label}.");
        }
        if (indicators.Count > 0)
        {
            reasons.Add($"{indicators.Count} indicator(en) aangevinkt met samen gewicht {score}.");
        }
        else
        {
            reasons.Add("Geen indicatoren aangevinkt.");
        }

        ConcernLevel level;
        SuggestedRoute route;
        if (markedAcute || critical.Count >= thresholds.AcuteFromCriticalCount)
        {
            level = ConcernLevel.High;
            route = SuggestedRoute.Acute;
            if (!markedAcute)
            {
                reasons.Add($"{critical.Count} kritieke indicatoren: overweeg de acute route.");
            }
        }
        else if (critical.Count > 0 || score >= thresholds.HighFrom)
        {
            level = ConcernLevel.High;
            route = SuggestedRoute.RegionalTable;
        }
        else if (score >= thresholds.MediumFrom)
        {
            level = ConcernLevel.Medium;
            route = SuggestedRoute.RegionalTable;
        }
        else
        {
            level = ConcernLevel.Low;
            route = SuggestedRoute.LocalHelp;
        }
        return new SignalAssessment(level, route, score, reasons);
    }
}
