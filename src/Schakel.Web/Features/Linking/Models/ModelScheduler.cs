using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.Web.Features.Linking.Models;

/// <summary>
/// Learns every region's model again at each due time (<see cref="LinkingOptions.ModelInterval"/>), once across all
/// app instances: like the retention job, each instance tries to claim the due time and the unique job-run key lets one win.
/// </summary>
public sealed class ModelScheduler(IServiceScopeFactory scopes, LinkingOptions options, DatabaseState state, TimeProvider clock, ILogger<ModelScheduler> logger) : BackgroundService
{
    public const string Job = "linking-model";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.ModelInterval <= TimeSpan.Zero)
        {
            return;
        }
        await Task.Delay(options.ModelFirstRunAfter, clock, stoppingToken);
        await JobSlots.RunEveryAsync(options.ModelInterval, clock, slot => state.Ready ? RunSlotAsync(slot, stoppingToken) : Task.CompletedTask, stoppingToken);
    }

    private Task RunSlotAsync(DateTimeOffset dueAt, CancellationToken stoppingToken) =>
        ClaimedRun.RunAsync(scopes, Job, dueAt, clock, logger, async (services, ct) =>
        {
            var outcomes = await services.GetRequiredService<ModelEstimation>().EstimateAllAsync(ct);
            return $"{outcomes.Count(o => o.Stored)} nieuwe modelversie(s) voor {outcomes.Count} regio('s); {outcomes.Sum(o => o.Rescored)} kandidaat-koppelingen opnieuw gescoord";
        }, stoppingToken);
}
