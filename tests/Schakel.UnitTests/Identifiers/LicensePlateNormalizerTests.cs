using Schakel.Core.Identifiers;

namespace Schakel.UnitTests.Identifiers;

public class LicensePlateNormalizerTests
{
    [Theory]
    [InlineData("XX-99-99", "XX9999", 1)]
    [InlineData("99-99-xx", "9999XX", 2)]
    [InlineData("99 XX 99", "99XX99", 3)]
    [InlineData("XX-99-XX", "XX99XX", 4)]
    [InlineData("XX-XX-99", "XXXX99", 5)]
    [InlineData("99-XX-XX", "99XXXX", 6)]
    [InlineData("99-XXX-9", "99XXX9", 7)]
    [InlineData("9-xxx-99", "9XXX99", 8)]
    [InlineData("XX-999-X", "XX999X", 9)]
    [InlineData("X-999-XX", "X999XX", 10)]
    [InlineData("XXX-99-X", "XXX99X", 11)]
    [InlineData("X-99-XXX", "X99XXX", 12)]
    [InlineData("9-XX-999", "9XX999", 13)]
    [InlineData("999-XX-9", "999XX9", 14)]
    public void Recognises_every_side_code(string raw, string normalized, int sideCode)
    {
        var n = LicensePlateNormalizer.Normalize(raw);
        n.ShouldBe(normalized);
        LicensePlateNormalizer.SideCode(n!).ShouldBe(sideCode);
        LicensePlateNormalizer.Normalize(LicensePlateNormalizer.FormatDutch(n!)).ShouldBe(normalized);
    }

    [Fact]
    public void Dashes_spaces_and_case_do_not_matter()
    {
        LicensePlateNormalizer.Normalize("1-abc-23").ShouldBe(LicensePlateNormalizer.Normalize("1ABC23"));
        LicensePlateNormalizer.FormatDutch("1ABC23").ShouldBe("1-ABC-23");
    }
}
