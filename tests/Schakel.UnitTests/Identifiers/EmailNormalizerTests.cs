using Schakel.Core.Identifiers;

namespace Schakel.UnitTests.Identifiers;

public class EmailNormalizerTests
{
    [Theory]
    [InlineData("Jan.de.Vries@Hotmail.com", "jan.de.vries@hotmail.com")]
    [InlineData(" JAN@example.NL ", "jan@example.nl")]
    [InlineData("j.a.n.devries+werk@gmail.com", "jandevries@gmail.com")]
    [InlineData("JanDeVries@googlemail.com", "jandevries@gmail.com")]
    [InlineData("jan+werk@hotmail.com", "jan+werk@hotmail.com")]
    [InlineData("mailto:jan@ziggo.nl", "jan@ziggo.nl")]
    public void Normalises(string raw, string expected) => EmailNormalizer.Normalize(raw).ShouldBe(expected);

    [Theory]
    [InlineData("jan")]
    [InlineData("jan@")]
    [InlineData("@ziggo.nl")]
    [InlineData("jan@localhost")]
    [InlineData("a@b@c.nl")]
    public void Rejects_invalid(string raw) => EmailNormalizer.Normalize(raw).ShouldBeNull();
}
