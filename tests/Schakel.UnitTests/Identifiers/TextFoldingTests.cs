using Schakel.Core.Identifiers;

namespace Schakel.UnitTests.Identifiers;

public class TextFoldingTests
{
    [Theory]
    [InlineData("Yılmaz", "yilmaz")]
    [InlineData("ŞAHİN", "sahin")]
    [InlineData("Wiśniewski", "wisniewski")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("Șerban", "serban")]
    [InlineData("Renée", "renee")]
    [InlineData("Straße", "strasse")]
    public void Folds_case_and_diacritics(string raw, string expected) => TextFolding.Fold(raw).ShouldBe(expected);
}
