using Schakel.Web.Features.Import;

namespace Schakel.UnitTests.Import;

public sealed class ImportValuesTests
{
    [Theory]
    [InlineData("12-3-2019", 2019, 3, 12)]
    [InlineData("12-03-2019", 2019, 3, 12)]
    [InlineData("2019-03-12", 2019, 3, 12)]
    [InlineData("12/3/2019", 2019, 3, 12)]
    [InlineData("12.03.2019", 2019, 3, 12)]
    [InlineData("12 maart 2019", 2019, 3, 12)]
    [InlineData("12-3-2019 14:30", 2019, 3, 12)]
    [InlineData("43536", 2019, 3, 12)]
    [InlineData("43536.75", 2019, 3, 12)]
    public void Reads_dates_as_text_and_as_Excel_serial_numbers(string text, int year, int month, int day)
    {
        ImportValues.TryDate(text, out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("31-02-2019")]
    [InlineData("morgen")]
    [InlineData("")]
    [InlineData("-5")]
    public void Refuses_what_is_not_a_date(string text) => ImportValues.TryDate(text, out _).ShouldBeFalse();

    [Theory]
    [InlineData("Kerkstraat 12a", "Kerkstraat", "12a")]
    [InlineData("Van der Veenstraat 1", "Van der Veenstraat", "1")]
    [InlineData("Woonwagenkamp", "Woonwagenkamp", null)]
    public void Splits_an_address_into_street_and_number(string text, string street, string? number) =>
        ImportValues.Address(text).ShouldBe((street, number));

    [Fact]
    public void Splits_several_values_in_one_cell() =>
        ImportValues.Split("0612345678; 0687654321\n0611111111").ShouldBe(["0612345678", "0687654321", "0611111111"]);
}
