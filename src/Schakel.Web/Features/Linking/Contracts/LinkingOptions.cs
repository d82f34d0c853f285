using System.ComponentModel.DataAnnotations;
using Schakel.Web.Infrastructure.Web;

namespace Schakel.Web.Features.Linking.Contracts;

/// <summary>appsettings "Linking": when a cluster of confirmed links is flagged for the regional table, how often one person's edits may find people elsewhere, and how often the model is learned again.</summary>
public sealed class LinkingOptions
{
    /// <summary>Signals a cluster needs (together with <see cref="MinSources"/>) to be flagged.</summary>
    [Range(1, 1000, ErrorMessage = Settings.RangeMessage)] public int MinSignals { get; set; } = 3;

    /// <summary>Distinct sources (melder types) among those signals.</summary>
    [Range(1, 100, ErrorMessage = Settings.RangeMessage)] public int MinSources { get; set; } = 2;

    /// <summary>
    /// Person edits per user per hour that may find new possible links to signals the user cannot see; beyond it,
    /// person edits wait, so typing numbers and names to learn what other municipalities know stays a slow, logged act.
    /// </summary>
    [Range(0, 10000, ErrorMessage = Settings.RangeMessage)] public int OutsideMatchEditsPerHour { get; set; } = 5;

    /// <summary>How often each region's model is learned again from its subjects; zero or less turns the schedule off.</summary>
    public TimeSpan ModelInterval { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Start-up settles (migrations, demo data) before the first estimation.</summary>
    public TimeSpan ModelFirstRunAfter { get; set; } = TimeSpan.FromMinutes(5);
}
