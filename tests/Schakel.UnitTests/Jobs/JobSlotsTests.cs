using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.UnitTests.Jobs;

public sealed class JobSlotsTests
{
    [Fact]
    public void Instances_started_at_different_moments_compute_the_same_due_time()
    {
        var daily = TimeSpan.FromHours(24);
        var early = new DateTimeOffset(2026, 11, 23, 0, 0, 5, TimeSpan.Zero);
        var late = new DateTimeOffset(2026, 11, 23, 23, 59, 59, TimeSpan.Zero);
        JobSlots.Current(early, daily).ShouldBe(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
        JobSlots.Current(late, daily).ShouldBe(JobSlots.Current(early, daily));
        JobSlots.Next(late, daily).ShouldBe(new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_local_clock_offset_does_not_move_the_due_time()
    {
        var hourly = TimeSpan.FromHours(1);
        var utc = new DateTimeOffset(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);
        JobSlots.Current(utc.ToOffset(TimeSpan.FromHours(1)), hourly).ShouldBe(JobSlots.Current(utc, hourly));
        JobSlots.Current(utc, TimeSpan.FromSeconds(2)).ShouldBe(utc);
    }

    [Fact]
    public void A_due_time_passed_during_a_slow_run_is_still_handled_next()
    {
        var interval = TimeSpan.FromSeconds(2);
        var handled = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        JobSlots.After(handled, handled.AddSeconds(0.5), interval).ShouldBe(handled.AddSeconds(2));
        JobSlots.After(handled, handled.AddSeconds(4.5), interval).ShouldBe(handled.AddSeconds(2), "the run took longer than the interval");
    }

    [Fact]
    public void An_instance_far_behind_jumps_to_the_current_due_time()
    {
        var daily = TimeSpan.FromDays(1);
        var handled = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var now = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        JobSlots.After(handled, now, daily).ShouldBe(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));
    }
}
