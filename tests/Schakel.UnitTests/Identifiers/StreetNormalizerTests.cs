using Schakel.Core.Identifiers;

namespace Schakel.UnitTests.Identifiers;

public class StreetNormalizerTests
{
    [Theory]
    [InlineData("Kerkstr.", "kerkstraat")]
    [InlineData("Kerkstraat", "kerkstraat")]
    [InlineData("Stationsln", "stationslaan")]
    [InlineData("Beatrix ln.", "beatrixlaan")]
    [InlineData("Molenwg", "molenweg")]
    [InlineData("Oranje pln", "oranjeplein")]
    [InlineData("Nieuwe kd", "nieuwekade")]
    [InlineData("Heren gr.", "herengracht")]
    [InlineData("Burg. de Withstraat", "burgemeesterdewithstraat")]
    [InlineData("Burgemeester de Withstr", "burgemeesterdewithstraat")]
    [InlineData("St. Jansstraat", "sintjansstraat")]
    [InlineData("v. Goghstraat", "vangoghstraat")]
    [InlineData("Van Goghstraat", "vangoghstraat")]
    [InlineData("Rue de l'Église", "ruedeleglise")]
    public void Streets(string raw, string expected) => StreetNormalizer.Normalize(raw).ShouldBe(expected);
}
