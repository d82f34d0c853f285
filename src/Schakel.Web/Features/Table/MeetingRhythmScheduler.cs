using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.Web.Features.Table;

/// <summary>When the rhythm job runs; every hour is soon enough for a rhythm counted in weeks.</summary>
public sealed class MeetingRhythmOptions
{
    public bool Enabled { get; set; } = true;
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);
    /// <summary>Start-up settles (migrations, demo data) before the first run.</summary>
    public TimeSpan FirstRunAfter { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Keeps every table one meeting ahead (<see cref="MeetingRhythm.KeepOneAheadAsync"/>), once per due time however many
/// app instances share the database: the instance that claims the slot runs it, as the retention job does.
/// </summary>
public sealed class MeetingRhythmScheduler(IServiceScopeFactory scopes, MeetingRhythmOptions options, DatabaseState state, TimeProvider clock, ILogger<MeetingRhythmScheduler> logger) : BackgroundService
{
    public const string Job = "meeting-rhythm";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            return;
        }
        await Task.Delay(options.FirstRunAfter, clock, stoppingToken);
        var interval = options.Interval >= TimeSpan.FromSeconds(1) ? options.Interval : TimeSpan.FromHours(1);
        await JobSlots.RunEveryAsync(interval, clock, slot => state.Ready ? RunSlotAsync(slot, stoppingToken) : Task.CompletedTask, stoppingToken);
    }

    private Task RunSlotAsync(DateTimeOffset dueAt, CancellationToken stoppingToken) =>
        ClaimedRun.RunAsync(scopes, Job, dueAt, clock, logger, async (services, ct) =>
        {
            var planned = await services.GetRequiredService<MeetingRhythm>().KeepOneAheadAsync(ct);
            return $"{planned} vergadering(en) volgens het ritme gepland";
        }, stoppingToken);
}
