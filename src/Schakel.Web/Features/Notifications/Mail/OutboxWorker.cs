using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.Web.Features.Notifications.Mail;

/// <summary>Wakes the sender right after a commit that added mail, so it goes out now rather than at the next look.</summary>
public sealed class OutboxSignal : WakeSignal;

/// <summary>
/// Sends the outbox on every instance that has a send interval; the row claims in <see cref="OutboxSender"/> keep
/// the instances from sending one message twice.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, OutboxSignal signal, MailOptions options, Infrastructure.Data.DatabaseState state, ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.SendIntervalSeconds == 0)
        {
            return;
        }
        var interval = TimeSpan.FromSeconds(options.SendIntervalSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!state.Ready)
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
                    continue;
                }
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Most often the database is down; the next pass tries again.
                logger.LogError("Outbox pass failed: {ErrorType}: {Message}", ex.GetType().Name, ex.Message);
            }
            await signal.WaitAsync(interval, stoppingToken);
        }
    }
}
