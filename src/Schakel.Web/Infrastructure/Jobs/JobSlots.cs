namespace Schakel.Web.Infrastructure.Jobs;

/// <summary>
/// Due times are fixed points on the clock (multiples of the interval since the Unix epoch), not "interval after
/// this process started", so every instance computes the same due time and they compete for the same slot.
/// </summary>
public static class JobSlots
{
    /// <summary>How many missed due times an instance still catches up on before it jumps to the current one.</summary>
    public const int MaxCatchUp = 3;

    public static DateTimeOffset Current(DateTimeOffset now, TimeSpan interval) =>
        new(now.UtcTicks - (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) % interval.Ticks, TimeSpan.Zero);

    public static DateTimeOffset Next(DateTimeOffset now, TimeSpan interval) => Current(now, interval) + interval;

    /// <summary>
    /// The due time to handle after <paramref name="handled"/>: the one right after it, even when that has already
    /// passed (a slow run or a late wake-up must not silently skip a due time), unless the instance fell so far
    /// behind that catching up would only repeat work; then the current due time.
    /// </summary>
    public static DateTimeOffset After(DateTimeOffset handled, DateTimeOffset now, TimeSpan interval)
    {
        var following = handled + interval;
        var current = Current(now, interval);
        return current - following > interval * MaxCatchUp ? current : following;
    }

    /// <summary>
    /// Calls <paramref name="runSlot"/> for every due time from now on, catching up as <see cref="After"/> says, until
    /// stopped. Every scheduled job shares this loop, so they all wake at the same clock-aligned due times.
    /// </summary>
    public static async Task RunEveryAsync(TimeSpan interval, TimeProvider clock, Func<DateTimeOffset, Task> runSlot, CancellationToken stoppingToken)
    {
        var slot = Current(clock.GetUtcNow(), interval);
        while (!stoppingToken.IsCancellationRequested)
        {
            await runSlot(slot);
            var now = clock.GetUtcNow();
            slot = After(slot, now, interval);
            if (slot > now)
            {
                await Task.Delay(slot - now, clock, stoppingToken);
            }
        }
    }
}
