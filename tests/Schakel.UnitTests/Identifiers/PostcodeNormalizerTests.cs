using Schakel.Core.Identifiers;

namespace Schakel.UnitTests.Identifiers;

public class PostcodeNormalizerTests
{
    [Theory]
    [InlineData("1234 ab", "1234AB")]
    [InlineData("1234AB", "1234AB")]
    [InlineData(" 1234-AB ", "1234AB")]
    public void Postcodes(string raw, string expected)
    {
        PostcodeNormalizer.Normalize(raw).ShouldBe(expected);
        PostcodeNormalizer.IsDutch(expected).ShouldBeTrue();
    }

    [Theory]
    [InlineData("0123AB")]
    [InlineData("1234")]
    [InlineData("SW1A1AA")]
    public void Incomplete_or_foreign_postcodes_are_not_Dutch(string raw) =>
        PostcodeNormalizer.IsDutch(PostcodeNormalizer.Normalize(raw)).ShouldBeFalse();
}
