namespace Schakel.Core.Common;

/// <summary>
/// The Netherlands' time zone, named explicitly so no output depends on the server's own zone
/// (<see cref="TimeZoneInfo.Local"/>). The web app formats with it (DutchTime); Core and the command line convert
/// with it where they write a moment for people.
/// </summary>
public static class DutchZone
{
    public static readonly TimeZoneInfo Amsterdam = Find();

    public static DateTime ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Amsterdam).DateTime;

    /// <summary>A Dutch wall-clock time (as typed in a form) to the UTC moment it means.</summary>
    public static DateTimeOffset ToUtc(DateTime local) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Amsterdam), TimeSpan.Zero);

    /// <summary>"10-3-2026 22:27:05 (Nederlandse tijd)": for messages outside the web pages (audit checks, command line).</summary>
    public static string Describe(DateTimeOffset utc) =>
        ToLocal(utc).ToString("d-M-yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture) + " (Nederlandse tijd)";

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return CentralEuropean();
        }
    }

    /// <summary>
    /// Without a time zone database (a slim container) the EU rule still holds: CET, and CEST from the last Sunday of
    /// March 02:00 to the last Sunday of October 03:00. Falling back to UTC would silently show the wrong hour.
    /// </summary>
    private static TimeZoneInfo CentralEuropean()
    {
        var start = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday);
        var end = TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday);
        var rule = TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(DateTime.MinValue.Date, DateTime.MaxValue.Date, TimeSpan.FromHours(1), start, end);
        return TimeZoneInfo.CreateCustomTimeZone("Europe/Amsterdam", TimeSpan.FromHours(1), "Europe/Amsterdam", "CET", "CEST", [rule]);
    }
}
