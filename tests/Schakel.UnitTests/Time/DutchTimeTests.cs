using Schakel.Web.Features.Shared;

namespace Schakel.UnitTests.Time;

/// <summary>Dutch time around the changes of the clock, whatever the zone of the process that runs it.</summary>
public sealed class DutchTimeTests
{
    private static DateTimeOffset Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(2026, 3, 10, 21, 27, "10-3-2026 22:27")] // winter: +1
    [InlineData(2026, 3, 10, 23, 27, "11-3-2026 00:27")] // the Dutch date is a day ahead
    [InlineData(2026, 7, 1, 21, 27, "1-7-2026 23:27")] // summer: +2
    [InlineData(2026, 3, 29, 0, 59, "29-3-2026 01:59")] // last minute of winter time
    [InlineData(2026, 3, 29, 1, 0, "29-3-2026 03:00")] // 02:00 is skipped: summer time begins
    [InlineData(2026, 10, 25, 0, 30, "25-10-2026 02:30")] // first 02:30, still summer time
    [InlineData(2026, 10, 25, 1, 30, "25-10-2026 02:30")] // the second 02:30, winter time again
    [InlineData(2026, 10, 25, 2, 0, "25-10-2026 03:00")]
    public void Formats_the_Dutch_wall_clock(int y, int mo, int d, int h, int mi, string expected) =>
        DutchTime.Format(Utc(y, mo, d, h, mi)).ShouldBe(expected);

    [Fact]
    public void Dutch_days_begin_at_23_or_22_UTC()
    {
        DutchTime.StartOfDay(new DateOnly(2026, 3, 11)).ShouldBe(Utc(2026, 3, 10, 23, 0));
        DutchTime.StartOfDay(new DateOnly(2026, 7, 1)).ShouldBe(Utc(2026, 6, 30, 22, 0));
        DutchTime.Day(Utc(2026, 3, 10, 23, 27)).ShouldBe(new DateOnly(2026, 3, 11));
        DutchTime.Day(Utc(2026, 3, 10, 22, 59)).ShouldBe(new DateOnly(2026, 3, 10));
    }

    [Fact]
    public void Today_follows_the_Dutch_date_not_the_UTC_date()
    {
        var lateEvening = new FixedClock(Utc(2026, 12, 31, 23, 30));
        DutchTime.Today(lateEvening).ShouldBe(new DateOnly(2027, 1, 1));
    }

    [Fact]
    public void A_planned_Dutch_time_round_trips_across_the_change_of_the_clock()
    {
        var local = new DateTime(2026, 10, 26, 10, 0, 0);
        DutchTime.ToUtc(local).ShouldBe(Utc(2026, 10, 26, 9, 0));
        DutchTime.ToLocal(DutchTime.ToUtc(local)).ShouldBe(local);
        DutchTime.ToUtc(new DateTime(2026, 10, 24, 10, 0, 0)).ShouldBe(Utc(2026, 10, 24, 8, 0));
    }

    [Fact]
    public void Machines_get_UTC_and_people_get_Dutch_time_in_one_element()
    {
        var at = Utc(2026, 3, 10, 21, 27);
        DutchTime.Iso(at).ShouldBe("2026-03-10T21:27:00Z");
        DutchTime.Html(at).ToString().ShouldBe("<time datetime=\"2026-03-10T21:27:00Z\">10-3-2026 22:27</time>");
        DutchTime.FormatPrecise(at.AddSeconds(5)).ShouldBe("10-3-2026 22:27:05");
        DutchTime.FormatDate(Utc(2026, 3, 10, 23, 27)).ShouldBe("11-3-2026");
    }

    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }
}
