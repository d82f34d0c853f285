using Schakel.Core.Identifiers;
using Schakel.Core.Linking.Normalization;

namespace Schakel.UnitTests.Linking;

public class AddressTests
{
    [Fact]
    public void Number_typed_in_the_street_field_is_split_off()
    {
        var a = Address.Create("Kerkstraat 12a", null, "1234AB", "Zwolle")!;
        a.StreetKey.ShouldBe("kerkstraat");
        a.Number.ShouldBe(new HouseNumber(12, "A"));
    }

    [Fact]
    public void Four_digit_postcode_agrees_with_the_full_one() =>
        Schakel.Core.Linking.FieldComparers.Compare(Address.Create("Kerkstraat", "12", "1234", null)!, Address.Create(null, "12", "1234 AB", null)!)
            .ShouldBe(Schakel.Core.Linking.AddressLevel.Exact);

    [Fact]
    public void City_aliases() => Address.CityKeyOf("'s-Gravenhage").ShouldBe(Address.CityKeyOf("Den Haag"));
}
