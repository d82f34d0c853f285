using Schakel.Web.Features.Import;

namespace Schakel.UnitTests.Import;

/// <summary>Phone numbers Excel stored as numbers get their leading 0 or + back; anything written as text is kept.</summary>
public sealed class DutchPhoneTests
{
    [Theory]
    [InlineData("612345678", "0612345678")]
    [InlineData("612345678.0", "0612345678")]
    [InlineData("6.12345678E8", "0612345678")]
    [InlineData("31612345678", "+31612345678")]
    [InlineData("3.1612345678E10", "+31612345678")]
    [InlineData("3120123456", "+3120123456")]
    [InlineData("201234567", "0201234567")]
    [InlineData("383456789", "0383456789")]
    public void A_number_Excel_made_of_a_Dutch_phone_number_gets_its_0_or_plus_back(string stored, string expected) =>
        ImportRowParser.DutchPhone(stored).ShouldBe(expected);

    [Theory]
    [InlineData("0612345678")]
    [InlineData("06-12345678")]
    [InlineData("+31 6 1234 5678")]
    [InlineData("+31612345678")]
    [InlineData("12345")]
    [InlineData("4915112345678")]
    [InlineData("612345678.5")]
    [InlineData("onbekend")]
    [InlineData("-612345678")]
    public void A_number_written_as_text_or_not_Dutch_is_kept_as_written(string written) =>
        ImportRowParser.DutchPhone(written).ShouldBe(written);
}
