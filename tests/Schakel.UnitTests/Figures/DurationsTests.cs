using Schakel.Core.Figures;

namespace Schakel.UnitTests.Figures;

public sealed class DurationsTests
{
    [Fact]
    public void Median_and_80th_percentile_by_nearest_rank()
    {
        var s = Durations.Summarise([10, 2, 7, 30, 4]);
        s.Count.ShouldBe(5);
        s.Median.ShouldBe(7);
        // ceil(0.8 * 5) = 4th of 2, 4, 7, 10, 30
        s.P80.ShouldBe(10);
    }

    [Fact]
    public void Even_count_takes_the_mean_of_the_middle_two()
    {
        var s = Durations.Summarise([1, 2, 3, 4, 5, 6]);
        s.Median.ShouldBe(3.5);
        s.P80.ShouldBe(5);
        s.MedianText(suppress: false).ShouldBe("3.5 dagen");
    }

    [Fact]
    public void Too_few_durations_are_not_shown_outside_the_case_team()
    {
        var s = Durations.Summarise([3, 9]);
        s.MedianText(suppress: true).ShouldBe("te weinig (<5)");
        s.P80Text(suppress: true).ShouldBe("te weinig (<5)");
        s.CountText(suppress: true).ShouldBe("<5");
        s.MedianText(suppress: false).ShouldBe("6 dagen");
        Durations.Summarise([]).MedianText(suppress: true).ShouldBe("geen");
    }

    [Fact]
    public void Days_between_are_whole_days_and_never_negative()
    {
        var t = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        Durations.DaysBetween(t, t.AddHours(47)).ShouldBe(1);
        Durations.DaysBetween(t, t.AddDays(-2)).ShouldBe(0);
    }
}
