namespace Schakel.Web.Features.Linking;

/// <summary>appsettings "Linking": when a cluster of confirmed links is flagged for the regional table.</summary>
public sealed class LinkingOptions
{
    /// <summary>Signals a cluster needs (together with <see cref="MinSources"/>) to be flagged.</summary>
    public int MinSignals { get; set; } = 3;

    /// <summary>Distinct sources (melder types) among those signals.</summary>
    public int MinSources { get; set; } = 2;
}
