namespace Schakel.Web.Features.Shared;

/// <summary>Meetings are planned in Dutch local time and stored in UTC.</summary>
public static class TableTime
{
    private static readonly TimeZoneInfo Amsterdam = Find();

    private static TimeZoneInfo Find()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    public static DateTimeOffset ToUtc(DateTime local) =>
        new(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Amsterdam), TimeSpan.Zero);

    public static DateTime ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Amsterdam).DateTime;

    public static string Format(DateTimeOffset utc) => ToLocal(utc).ToString("d-M-yyyy HH:mm");

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow()));

    public static DateOnly Day(DateTimeOffset utc) => DateOnly.FromDateTime(ToLocal(utc));
}
