using Schakel.Core.Signals;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Table.Contracts;

/// <summary>The badges records share: acute and the level of concern (the risk), in words and a supporting tone.</summary>
public static class RecordBadges
{
    /// <summary>In capitals like every other acute mark in the application (lists, notifications), so it reads the same everywhere.</summary>
    public static readonly Badge Acute = new("ACUUT", BadgeTone.Danger);

    public static Badge Risk(ConcernLevel level) => new($"Zorgniveau {SignalLabels.Dutch(level).ToLowerInvariant()}", BadgeTones.Of(level));
}
