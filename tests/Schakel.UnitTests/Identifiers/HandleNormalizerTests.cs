using Schakel.Core.Identifiers;

namespace Schakel.UnitTests.Identifiers;

public class HandleNormalizerTests
{
    [Theory]
    [InlineData("@Lisa_X", "lisa_x")]
    [InlineData("lisa_x  ", "lisa_x")]
    [InlineData("instagram.com/lisa_x", "lisa_x")]
    [InlineData("https://www.instagram.com/Lisa_X/", "lisa_x")]
    [InlineData("https://www.instagram.com/lisa_x/?hl=nl", "lisa_x")]
    [InlineData("https://www.tiktok.com/@lisa_x", "lisa_x")]
    [InlineData("snapchat.com/add/lisa_x", "lisa_x")]
    [InlineData("t.me/lisa_x", "lisa_x")]
    [InlineData("@Lisa_NL", "lisa_nl")]
    [InlineData("lisa_nl", "lisa_nl")]
    [InlineData("https://www.instagram.com/lisa_nl/", "lisa_nl")]
    [InlineData("instagram.com/Lisa_NL?hl=nl", "lisa_nl")]
    [InlineData("t.me/lisa_nl", "lisa_nl")]
    [InlineData("https://www.snapchat.com/add/lisa_nl", "lisa_nl")]
    [InlineData("https://example-escort.nl/profiel/Lisa_NL/fotos", "lisa_nl")]
    [InlineData("reddit.com/user/lisa_nl", "lisa_nl")]
    [InlineData("lisa_nl!", "lisa_nl")]
    public void Reduces_to_account_name(string raw, string expected) => HandleNormalizer.Normalize(raw).ShouldBe(expected);

    [Theory]
    [InlineData(" @ ", "bevat geen naam")]
    [InlineData("@ /", "bevat geen naam")]
    [InlineData("@x", "te kort")]
    [InlineData("lisa nl", "spaties")]
    public void Empty_or_too_short_is_null_with_the_reason(string raw, string reason)
    {
        HandleNormalizer.Normalize(raw, out var problem).ShouldBeNull();
        problem.ShouldNotBeNull().ShouldContain(reason);
    }

    [Fact]
    public void An_empty_field_is_not_a_problem()
    {
        HandleNormalizer.Normalize("  ", out var problem).ShouldBeNull();
        problem.ShouldBeNull();
    }

    [Fact]
    public void Splits_several_accounts_and_drops_repeats() =>
        HandleNormalizer.NormalizeMany("@lisa_x, instagram.com/Lisa_X; t.me/kim_nl").ShouldBe(["lisa_x", "kim_nl"]);
}
