namespace Schakel.Web.Infrastructure.Jobs;

/// <summary>
/// Due times are fixed points on the clock (multiples of the interval since the Unix epoch), not "interval after
/// this process started", so every instance computes the same due time and they compete for the same slot.
/// </summary>
public static class JobSlots
{
    public static DateTimeOffset Current(DateTimeOffset now, TimeSpan interval) =>
        new(now.UtcTicks - (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) % interval.Ticks, TimeSpan.Zero);

    public static DateTimeOffset Next(DateTimeOffset now, TimeSpan interval) => Current(now, interval) + interval;
}
