namespace Schakel.Web.Features.Notifications.Mail;

/// <summary>
/// When to try a failed mail again: doubling waits from the first retry up to the maximum, so a relay that is down
/// for minutes is tried often and one that is down for hours is not hammered.
/// </summary>
public static class MailBackoff
{
    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt (1 for the first failure).</summary>
    public static TimeSpan After(int attempts, TimeSpan first, TimeSpan max)
    {
        if (attempts < 1)
        {
            return TimeSpan.Zero;
        }
        // Beyond 2^20 the wait is past any sensible maximum; stopping there keeps the arithmetic from overflowing.
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        var wait = TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, max.Ticks));
        return wait < first ? first : wait;
    }

    public static TimeSpan After(int attempts, MailOptions options) =>
        After(attempts, TimeSpan.FromSeconds(options.RetryFirstSeconds), TimeSpan.FromMinutes(options.RetryMaxMinutes));
}
