using Schakel.Core.Ads;

namespace Schakel.Cli.Ads;

public sealed record AdsScoreSettings
{
    /// <summary>Profile to score with; the built-in default when null.</summary>
    public RiskProfile? Profile { get; init; }

    /// <summary>Phone numbers from signals and cases, any notation.</summary>
    public IReadOnlyCollection<string> KnownPhones { get; init; } = [];

    /// <summary>"Now" for rejecting future dates; injectable so tests do not depend on the clock.</summary>
    public DateTime? NowUtc { get; init; }

    /// <summary>When set, the cluster overview is written here as CSV.</summary>
    public TextWriter? ClustersOutput { get; init; }
}
