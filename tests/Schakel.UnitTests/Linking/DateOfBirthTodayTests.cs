using Schakel.Core.Linking.Normalization;

namespace Schakel.UnitTests.Linking;

/// <summary>The latest possible birth year follows the date passed in, not the year the process started.</summary>
public class DateOfBirthTodayTests
{
    [Fact]
    public void A_year_after_today_is_not_a_date_of_birth()
    {
        var today = new DateOnly(2030, 6, 1);
        DateOfBirth.TryParse("2030", today, out _).ShouldBeTrue();
        DateOfBirth.TryParse("2031", today, out _).ShouldBeFalse();
        DateOfBirth.TryParse("14-03-2031", today, out _).ShouldBeFalse();
    }

    [Fact]
    public void A_two_digit_year_is_the_latest_past_one()
    {
        (DateOfBirth.TryParse("14-03-29", new DateOnly(2030, 1, 1), out var d) ? d.Year : 0).ShouldBe(2029);
        (DateOfBirth.TryParse("14-03-29", new DateOnly(2028, 1, 1), out var e) ? e.Year : 0).ShouldBe(1929);
    }
}
