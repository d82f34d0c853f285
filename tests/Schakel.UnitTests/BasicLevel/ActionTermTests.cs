using Schakel.Core.BasicLevel;

namespace Schakel.UnitTests.BasicLevel;

public sealed class ActionTermTests
{
    [Theory]
    [InlineData("2027-Q1", "2027-Q1", "2027-03-31")]
    [InlineData("Q2 2027", "2027-Q2", "2027-06-30")]
    [InlineData("2027 k4", "2027-Q4", "2027-12-31")]
    [InlineData("31-3-2027", "2027-03-31", "2027-03-31")]
    [InlineData("2027-02-28", "2027-02-28", "2027-02-28")]
    public void Quarters_and_dates_are_normalised_with_the_last_day_as_due_date(string input, string text, string due)
    {
        var parsed = ActionTerm.Parse(input);
        parsed.ShouldNotBeNull();
        parsed.Text.ShouldBe(text);
        parsed.DueBy.ShouldBe(DateOnly.ParseExact(due, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("")]
    [InlineData("volgend jaar")]
    [InlineData("2027-Q5")]
    [InlineData("31-2-2027")]
    [InlineData("1999-Q1")]
    public void Unreadable_terms_are_refused(string input) => ActionTerm.Parse(input).ShouldBeNull();

    [Fact]
    public void Dates_read_the_Dutch_way_and_quarters_as_written()
    {
        ActionTerm.Display("2027-03-31").ShouldBe("31-3-2027");
        ActionTerm.Display("2027-Q1").ShouldBe("2027-Q1");
    }
}
