using Schakel.Core.Signals;

namespace Schakel.Web.Features.Linking.Contracts;

/// <summary>A signal in a cluster: only what says where it comes from and where it stands, no personal data.</summary>
public sealed record ClusterSignal(int Id, string Reference, int? MunicipalityId, string? Municipality, string Source, SignalStatus Status, bool IsAcute);

/// <summary>
/// A network: subjects joined by confirmed links, "zelfde persoon" or "wel verband". <see cref="Persons"/> groups the
/// subjects decided to be one person. <see cref="Number"/> is the lowest subject id in it, so the same network keeps
/// its number while it grows (unless a subject with a lower id joins it).
/// </summary>
public sealed record LinkCluster(int Number, IReadOnlyList<int> SubjectIds, IReadOnlyList<IReadOnlyList<int>> Persons, IReadOnlyList<ClusterSignal> Signals, IReadOnlyList<string> FlagReasons)
{
    public bool IsFlagged => FlagReasons.Count > 0;
    public IReadOnlyList<string> Municipalities => Signals.Select(s => s.Municipality ?? "geen gemeente").Distinct().Order(StringComparer.Ordinal).ToList();
    public IReadOnlyList<string> Sources => Signals.Select(s => s.Source).Distinct().Order(StringComparer.Ordinal).ToList();
}

/// <summary>A list of clusters as a table, with its caption.</summary>
public sealed record ClusterListModel(IReadOnlyList<LinkCluster> Clusters, ReferenceSnapshot Refs, string Caption);

/// <summary>
/// The rule that puts a network on the table's agenda; pure so it can be tested and explained. The signals are those of
/// the whole network, so three weak signals about a victim, a suspect and a car they share count together (0+0+0=1).
/// </summary>
public static class ClusterFlags
{
    public static IReadOnlyList<string> Reasons(IReadOnlyCollection<ClusterSignal> signals, LinkingOptions options, int persons = 1)
    {
        var reasons = new List<string>();
        var sources = signals.Select(s => s.Source).Distinct(StringComparer.Ordinal).Count();
        if (signals.Count >= options.MinSignals && sources >= options.MinSources)
        {
            reasons.Add(persons > 1
                ? $"{signals.Count} meldingen uit {sources} verschillende bronnen, {persons} personen in één netwerk"
                : $"{signals.Count} meldingen uit {sources} verschillende bronnen");
        }
        if (signals.Any(s => s.Status is SignalStatus.RegisteredForTable or SignalStatus.AwaitingTriage))
        {
            reasons.Add("gekoppeld aan een melding die is aangemeld voor de regionale tafel");
        }
        if (signals.Any(s => s.IsAcute))
        {
            reasons.Add("gekoppeld aan een acute melding");
        }
        return reasons;
    }
}
