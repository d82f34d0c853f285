using Schakel.Core.Identifiers;

namespace Schakel.UnitTests.Identifiers;

public class PhoneNormalizerTests
{
    [Theory]
    [InlineData("06-12345678", "+31612345678")]
    [InlineData("0612345678", "+31612345678")]
    [InlineData("06 1234 5678", "+31612345678")]
    [InlineData("06.12.34.56.78", "+31612345678")]
    [InlineData("+31 6 12345678", "+31612345678")]
    [InlineData("+31 (0)6 12345678", "+31612345678")]
    [InlineData("+31(0)612345678", "+31612345678")]
    [InlineData("0031 6 1234 5678", "+31612345678")]
    [InlineData("0031612345678", "+31612345678")]
    [InlineData("+31 06 12345678", "+31612345678")]
    [InlineData("6 12345678", "+31612345678")]
    [InlineData("31612345678", "+31612345678")]
    [InlineData("tel: 06-12345678", "+31612345678")]
    [InlineData("010-1234567", "+31101234567")]
    [InlineData("020 123 4567", "+31201234567")]
    [InlineData("038-4567890", "+31384567890")]
    [InlineData("0570-123456", "+31570123456")]
    [InlineData("+31 570 123456", "+31570123456")]
    [InlineData("+48 601 234 567", "+48601234567")]
    [InlineData("0048 601-234-567", "+48601234567")]
    [InlineData("+359 88 123 4567", "+359881234567")]
    [InlineData("06 12 34 56 78", "+31612345678")]
    [InlineData("+31 6 1234 5678", "+31612345678")]
    [InlineData("+31612345678", "+31612345678")]
    [InlineData("0031 06 12345678", "+31612345678")]
    [InlineData("mob. 06-12345678", "+31612345678")]
    [InlineData("06-66123456", "+31666123456")]
    [InlineData("085-1234567", "+31851234567")]
    [InlineData("0800-1234", "+318001234")]
    [InlineData("+31 97 0123 45678", "+3197012345678")]
    [InlineData("+32 470 12 34 56", "+32470123456")]
    [InlineData("0032 2 511 11 11", "+3225111111")]
    [InlineData("+48 22 123 45 67", "+48221234567")]
    [InlineData("+40 721 234 567", "+40721234567")]
    [InlineData("+40 21 312 34 56", "+40213123456")]
    [InlineData("+359 2 987 6543", "+35929876543")]
    [InlineData("+44 (0)20 7946 0958", "+442079460958")]
    public void Normalises_to_E164(string raw, string expected) => PhoneNormalizer.Normalize(raw).ShouldBe(expected);

    [Theory]
    [InlineData("")]
    [InlineData("onbekend")]
    [InlineData("12345")]
    [InlineData("06-1234")]
    [InlineData("0612345678901")]
    [InlineData("06-1234abc5678")]
    [InlineData("0000000000")]
    [InlineData("+31 0000 00000")]
    [InlineData("123")]
    [InlineData("bel me")]
    [InlineData("+31 6 1234")]
    [InlineData("06-11111111")]
    [InlineData("06-71234567")]
    [InlineData("06-91234567")]
    [InlineData("012-3456789")]
    [InlineData("48601234567")]
    [InlineData("+32 2 123 45 67")]
    [InlineData("+48 601 234 56")]
    [InlineData("+40 702 123 456")]
    [InlineData("+359 86 123 4567")]
    [InlineData("+999 123 456 789")]
    public void Rejects_what_is_not_a_number(string raw)
    {
        PhoneNormalizer.Normalize(raw, out var problem).ShouldBeNull();
        if (raw.Length > 0)
        {
            problem.ShouldNotBeNull().ShouldStartWith($"telefoonnummer '{raw}'");
        }
    }

    [Theory]
    [InlineData("06-1234abc5678", "bevat letters")]
    [InlineData("+48 601", "te kort")]
    [InlineData("06-1234", "nummerplan van landcode +31")]
    [InlineData("0612345678901", "te lang")]
    [InlineData("06-11111111", "opvulwaarde")]
    [InlineData("+999 123 456 789", "onbekende landcode")]
    [InlineData("06-71234567", "nummerplan van landcode +31")]
    public void Says_in_Dutch_why_a_number_is_refused(string raw, string reason)
    {
        PhoneNormalizer.Normalize(raw, out var problem).ShouldBeNull();
        problem.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void An_empty_field_is_not_a_problem()
    {
        PhoneNormalizer.Normalize("  ", out var problem).ShouldBeNull();
        problem.ShouldBeNull();
    }

    [Fact]
    public void Splits_several_numbers_in_one_field()
    {
        PhoneNormalizer.NormalizeMany("06-12345678 / 020-1234567; +48 601 234 567", out var bad)
            .ShouldBe(["+31612345678", "+31201234567", "+48601234567"]);
        bad.ShouldBeFalse();
    }

    [Fact]
    public void A_slash_inside_one_number_is_not_a_separator()
    {
        PhoneNormalizer.NormalizeMany("06/12345678", out var bad).ShouldBe(["+31612345678"]);
        bad.ShouldBeFalse();
    }

    [Fact]
    public void Reports_an_unreadable_part()
    {
        PhoneNormalizer.NormalizeMany("06-12345678, onbekend", out var bad).ShouldBe(["+31612345678"]);
        bad.ShouldBeTrue();
    }

    [Theory]
    [InlineData("+31101234567", true)]
    [InlineData("+31570123456", true)]
    [InlineData("+31851234567", true)]
    [InlineData("+31612345678", false)]
    [InlineData("+31666123456", false)]
    [InlineData("+3197012345678", false)]
    [InlineData("+48601234567", false)]
    [InlineData("+3225111111", false)]
    public void Knows_Dutch_fixed_lines(string e164, bool landline) => PhoneNormalizer.IsDutchLandline(e164).ShouldBe(landline);
}
