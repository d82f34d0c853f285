using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Dashboard.Aggregates;

/// <summary>
/// Recounts the months marked dirty every so often (Dashboard:RefreshSeconds, default 30; 0 switches it off), so the
/// first dashboard view after a busy hour of intake does not pay for the recount itself. A read still refreshes what is
/// left, so figures are never stale; this only moves the work off the request. Several instances may run it at once:
/// the aggregator's lock makes the second one find nothing left.
/// </summary>
public sealed class FigureRefresher(IServiceScopeFactory scopes, DatabaseState state, IConfiguration configuration, TimeProvider clock, ILogger<FigureRefresher> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var every = TimeSpan.FromSeconds(configuration.GetValue("Dashboard:RefreshSeconds", 30));
        if (every <= TimeSpan.Zero)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(every, clock, stoppingToken);
            if (state.Ready)
            {
                await RefreshAsync(stoppingToken);
            }
        }
    }

    private async Task RefreshAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var pairs = await new FigureAggregator(scope.ServiceProvider.GetRequiredService<SchakelDb>()).RefreshAsync(stoppingToken);
            if (pairs > 0)
            {
                logger.LogInformation("Figure counts recounted for {Pairs} month-municipality pairs.", pairs);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next round or the next dashboard read recounts the same marks; nothing is lost by a failed round.
            logger.LogWarning("Figure refresh failed: {ErrorType}: {Message}", ex.GetType().Name, ex.Message);
        }
    }
}
