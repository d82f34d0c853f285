using System.Threading.Channels;

namespace Schakel.Web.Infrastructure.Jobs;

/// <summary>
/// Wakes a background worker right after a commit that gave it work, so the work starts now rather than at its next
/// look; many wake-ups before it looks count as one. Each worker has its own subclass, so each is its own singleton.
/// </summary>
public abstract class WakeSignal
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Returns when woken or after <paramref name="timeout"/>.</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _wake.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The interval passed without a wake-up: look anyway, for work that has come due or whose instance died.
        }
    }
}
