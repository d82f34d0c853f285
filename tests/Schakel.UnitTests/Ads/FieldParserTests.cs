using Schakel.Core.Ads;

namespace Schakel.UnitTests.Ads;

public class FieldParserTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("€ 50", 50)]
    [InlineData("50,-", 50)]
    [InlineData("50 euro", 50)]
    [InlineData("150.00", 150)]
    [InlineData("1.000", 1000)]
    [InlineData("1.000,50", 1000.5)]
    [InlineData("12,50", 12.5)]
    [InlineData("vanaf €80 per uur", 80)]
    [InlineData("EUR 120", 120)]
    public void Prices_are_read_in_Dutch_and_English_notation(string raw, double expected) =>
        PriceParser.Parse(raw).Value.ShouldBe((decimal)expected);

    [Theory]
    [InlineData("-50")]
    [InlineData("€ -50")]
    [InlineData("0")]
    [InlineData("n.o.t.k.")]
    [InlineData("250000")]
    public void Absurd_prices_are_problems(string raw) => PriceParser.Parse(raw).Problem.ShouldNotBeNull();

    [Theory]
    [InlineData("2026-11-01", "2026-11-01T00:00:00")]
    [InlineData("2026-11-01T14:30:00Z", "2026-11-01T14:30:00")]
    [InlineData("2026-11-01T14:30:00+01:00", "2026-11-01T13:30:00")]
    [InlineData("2026-11-01 14:30", "2026-11-01T14:30:00")]
    [InlineData("01-11-2026", "2026-11-01T00:00:00")]
    [InlineData("03-04-2026 09:15", "2026-04-03T09:15:00")]
    public void Posted_at_accepts_iso_and_dutch_formats(string raw, string expectedUtc) =>
        PostedAtParser.Parse(raw, Now).Value.ShouldBe(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2027-01-01")]
    [InlineData("gisteren")]
    [InlineData("11/23/2026")]
    [InlineData("31-02-2026")]
    [InlineData("1990-01-01")]
    public void Future_unreadable_or_ancient_dates_are_problems(string raw) =>
        PostedAtParser.Parse(raw, Now).Problem.ShouldNotBeNull();

    [Theory]
    [InlineData("19", 19)]
    [InlineData("19 jaar", 19)]
    [InlineData("21 years", 21)]
    [InlineData("16", 16)]
    public void Ages_are_read_including_claimed_minors(string raw, int expected) =>
        AgeParser.Parse(raw).Value.ShouldBe(expected);

    [Theory]
    [InlineData("3")]
    [InlineData("150")]
    [InlineData("-20")]
    [InlineData("jong")]
    public void Impossible_ages_are_problems(string raw) => AgeParser.Parse(raw).Problem.ShouldNotBeNull();

    [Fact]
    public void City_spelling_variants_share_a_key()
    {
        CityNormalizer.Key(" Den  Haag ").ShouldBe(CityNormalizer.Key("'s-Gravenhage"));
        CityNormalizer.Key("ZWOLLE").ShouldBe("zwolle");
    }
}
