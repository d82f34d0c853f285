using Schakel.Core.Ads;

namespace Schakel.UnitTests.Ads;

public sealed class AdDedupeKeyTests
{
    private static Ad Ad(string id = "a1", string city = "Zwolle", string? phone = "+31612345678", string text = "Hoi, ik ben Anna!", DateTime? posted = null) => new()
    {
        AdId = id, City = city, Phone = phone, Title = "Anna", Text = text, PostedAt = posted ?? new DateTime(2026, 11, 1, 10, 0, 0, DateTimeKind.Utc),
    };

    [Fact]
    public void The_same_posting_under_another_id_with_other_case_spacing_and_punctuation_has_the_same_key() =>
        AdDedupeKey.For(Ad()).ShouldBe(AdDedupeKey.For(Ad(id: "other", city: "ZWOLLE", text: "hoi  ik ben anna", posted: new DateTime(2026, 11, 1, 23, 0, 0, DateTimeKind.Utc))));

    [Fact]
    public void Another_day_city_phone_or_text_is_another_ad()
    {
        var key = AdDedupeKey.For(Ad());
        AdDedupeKey.For(Ad(posted: new DateTime(2026, 11, 2, 10, 0, 0, DateTimeKind.Utc))).ShouldNotBe(key);
        AdDedupeKey.For(Ad(city: "Kampen")).ShouldNotBe(key);
        AdDedupeKey.For(Ad(phone: "+31612345679")).ShouldNotBe(key);
        AdDedupeKey.For(Ad(phone: null)).ShouldNotBe(key);
        AdDedupeKey.For(Ad(text: "Hoi, ik ben Bea!")).ShouldNotBe(key);
    }

    [Fact]
    public void The_key_is_stable_hex_of_fixed_length()
    {
        var key = AdDedupeKey.For(Ad());
        key.Length.ShouldBe(32);
        key.ShouldMatch("^[0-9a-f]{32}$");
        AdDedupeKey.For(Ad()).ShouldBe(key);
    }
}
