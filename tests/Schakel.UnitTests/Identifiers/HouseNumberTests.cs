using Schakel.Core.Identifiers;

namespace Schakel.UnitTests.Identifiers;

public class HouseNumberTests
{
    [Theory]
    [InlineData("12-a", 12, "A")]
    [InlineData("12 A", 12, "A")]
    [InlineData("12a", 12, "A")]
    [InlineData("12 a", 12, "A")]
    [InlineData("12", 12, "")]
    [InlineData("12 hs", 12, "HS")]
    [InlineData("12-huis", 12, "HS")]
    [InlineData("12-II", 12, "2")]
    [InlineData("12-2", 12, "2")]
    [InlineData("12 2hg", 12, "2")]
    [InlineData("12 2 hoog", 12, "2")]
    [InlineData("12 bis", 12, "BIS")]
    [InlineData("012", 12, "")]
    public void House_numbers(string raw, int number, string addition) =>
        HouseNumber.Parse(raw).ShouldBe(new HouseNumber(number, addition));

    [Fact]
    public void House_number_without_digits_is_null() => HouseNumber.Parse("zonder").ShouldBeNull();
}
