using Schakel.Core.Linking.Normalization;

namespace Schakel.UnitTests.Linking;

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
    public void Rejects_what_is_not_a_number(string raw) => PhoneNormalizer.Normalize(raw).ShouldBeNull();

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
    [InlineData("+31612345678", false)]
    [InlineData("+48601234567", false)]
    public void Knows_Dutch_fixed_lines(string e164, bool landline) => PhoneNormalizer.IsDutchLandline(e164).ShouldBe(landline);
}

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
    public void Reduces_to_account_name(string raw, string expected) => HandleNormalizer.Normalize(raw).ShouldBe(expected);

    [Theory]
    [InlineData(" @ ")]
    [InlineData("@x")]
    public void Empty_or_too_short_is_null(string raw) => HandleNormalizer.Normalize(raw).ShouldBeNull();
}

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

public class AddressNormalizerTests
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
    [InlineData("12-a", 12, "A")]
    [InlineData("12 A", 12, "A")]
    [InlineData("12a", 12, "A")]
    [InlineData("12 a", 12, "A")]
    [InlineData("12", 12, "")]
    [InlineData("12 hs", 12, "HS")]
    [InlineData("12-huis", 12, "HS")]
    [InlineData("12-II", 12, "2")]
    [InlineData("12-2", 12, "2")]
    [InlineData("12 2hg", 12, "2")]
    [InlineData("12 2 hoog", 12, "2")]
    [InlineData("12 bis", 12, "BIS")]
    [InlineData("012", 12, "")]
    public void House_numbers(string raw, int number, string addition) =>
        HouseNumber.Parse(raw).ShouldBe(new HouseNumber(number, addition));

    [Fact]
    public void House_number_without_digits_is_null() => HouseNumber.Parse("zonder").ShouldBeNull();

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
