using System.ComponentModel.DataAnnotations;
using Schakel.Web.Infrastructure.Web;

namespace Schakel.Web.Features.Privacy;

/// <summary>
/// Retention periods after closure, per kind of record. The AVG sets no fixed term; each region sets and justifies
/// its own (Veilig Thuis keeps up to 20 years, Wmo files 15, GGD 5-10), so these are configuration.
/// </summary>
public sealed class RetentionOptions
{
    public bool Enabled { get; set; } = true;
    [Range(1, 36500, ErrorMessage = Settings.RangeMessage)] public int SignalsHandledLocallyDays { get; set; } = 730;
    [Range(1, 36500, ErrorMessage = Settings.RangeMessage)] public int AdviceQuestionsDays { get; set; } = 365;

    /// <summary>
    /// Closed cases with their signals and care files. Longer than a signal handled locally: a case is the record of
    /// what the region did for a victim, asked for again in a later criminal procedure or a complaint.
    /// </summary>
    [Range(1, 36500, ErrorMessage = Settings.RangeMessage)] public int CasesClosedDays { get; set; } = 1826;

    /// <summary>Screened ads, counted from their import: what did not lead anywhere is not kept for long.</summary>
    [Range(1, 36500, ErrorMessage = Settings.RangeMessage)] public int AdsDays { get; set; } = 365;

    /// <summary>Ads the analyst decided to follow ("volgen") are kept longer, so the pattern over time stays visible.</summary>
    [Range(1, 36500, ErrorMessage = Settings.RangeMessage)] public int AdsMonitoredDays { get; set; } = 730;
    [Range(1, 8760, ErrorMessage = Settings.RangeMessage)] public int RunEveryHours { get; set; } = 24;

    /// <summary>Overrides <see cref="RunEveryHours"/> with any interval ("00:00:02"); used to prove run-once in tests.</summary>
    public TimeSpan? RunEvery { get; set; }

    /// <summary>Start-up settles (migrations, demo data) before the first run.</summary>
    public TimeSpan FirstRunAfter { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan Interval => RunEvery is { } every && every >= TimeSpan.FromSeconds(1) ? every : TimeSpan.FromHours(Math.Max(1, RunEveryHours));
}
