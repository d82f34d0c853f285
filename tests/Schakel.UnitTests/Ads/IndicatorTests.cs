using Schakel.Core.Ads;
using static Schakel.UnitTests.Ads.TestAds;

namespace Schakel.UnitTests.Ads;

public class IndicatorTests
{
    [Fact]
    public void Shared_phone_fires_for_two_introduced_names_on_one_number()
    {
        var fired = Indicators(
        [
            Ad("a1", phone: "0612345678", text: "Hoi, ik ben Anna. Kom langs."),
            Ad("a2", phone: "+31 6 1234 5678", text: "My name is kim and I wait for you."),
        ]);
        fired["a1"].ShouldContain(IndicatorCodes.SharedPhoneMultipleWomen);
        fired["a2"].ShouldContain(IndicatorCodes.SharedPhoneMultipleWomen);
    }

    [Fact]
    public void Shared_phone_fires_for_one_handle_with_three_photos()
    {
        var fired = Indicators(
        [
            Ad("a1", handle: "@vip", photo: "p1"), Ad("a2", handle: "VIP", photo: "p2"), Ad("a3", handle: "vip", photo: "p3"),
        ]);
        fired["a3"].ShouldContain(IndicatorCodes.SharedPhoneMultipleWomen);
    }

    [Fact]
    public void Shared_phone_does_not_fire_for_one_woman_with_several_ads()
    {
        var fired = Indicators(
        [
            Ad("a1", phone: "0612345678", text: "Hoi, ik ben Anna.", photo: "p1"),
            Ad("a2", phone: "0612345678", text: "Ik ben Anna, nieuw hier. Call me or text me.", photo: "p2"),
            Ad("a3", phone: "0687654321", text: "Ik ben Kim."),
        ]);
        fired.Values.ShouldAllBe(list => !list.Contains(IndicatorCodes.SharedPhoneMultipleWomen));
    }

    [Fact]
    public void Multi_city_fires_from_three_cities_on_one_phone()
    {
        var fired = Indicators(
        [
            Ad("a1", phone: "0612345678", city: "Zwolle"), Ad("a2", phone: "0612345678", city: "Deventer"),
            Ad("a3", phone: "0612345678", city: "Kampen"),
        ]);
        fired["a1"].ShouldContain(IndicatorCodes.MultiCity);
    }

    [Fact]
    public void Multi_city_does_not_fire_for_two_cities_or_spelling_variants()
    {
        var fired = Indicators(
        [
            Ad("a1", phone: "0612345678", city: "Den Haag"), Ad("a2", phone: "0612345678", city: "'s-Gravenhage"),
            Ad("a3", phone: "0612345678", city: "Zwolle"),
        ]);
        fired["a1"].ShouldNotContain(IndicatorCodes.MultiCity);
    }

    [Fact]
    public void Circuit_fires_for_two_cities_within_fourteen_days()
    {
        var fired = Indicators(
        [
            Ad("a1", phone: "0612345678", city: "Zwolle", posted: "2026-11-01"),
            Ad("a2", phone: "0612345678", city: "Deventer", posted: "2026-11-10"),
        ]);
        fired["a1"].ShouldContain(IndicatorCodes.CircuitMovement);
        fired["a2"].ShouldContain(IndicatorCodes.CircuitMovement);
    }

    [Fact]
    public void Circuit_does_not_fire_for_a_single_move_weeks_apart()
    {
        var fired = Indicators(
        [
            Ad("a1", phone: "0612345678", city: "Zwolle", posted: "2026-09-01"),
            Ad("a2", phone: "0612345678", city: "Zwolle", posted: "2026-09-20"),
            Ad("a3", phone: "0612345678", city: "Deventer", posted: "2026-10-20"),
        ]);
        fired.Values.ShouldAllBe(list => !list.Contains(IndicatorCodes.CircuitMovement));
    }

    [Fact]
    public void Phone_in_signal_fires_only_for_known_numbers_in_any_notation()
    {
        var fired = Indicators([Ad("a1", phone: "06-12345678"), Ad("a2", phone: "0687654321")], knownPhones: ["+31 6 1234 5678"]);
        fired["a1"].ShouldContain(IndicatorCodes.PhoneInSignal);
        fired["a2"].ShouldNotContain(IndicatorCodes.PhoneInSignal);
    }

    [Theory]
    [InlineData(IndicatorCodes.NewInTown, "Nieuw in de stad, kom snel!", "Al jaren in Zwolle, vaste klanten welkom.")]
    [InlineData(IndicatorCodes.NewInTown, "NEW GIRL just for you", "A girl of new ideas.")]
    [InlineData(IndicatorCodes.YouthfulWording, "Jong en lief meisje", "Ervaren dame van 35.")]
    [InlineData(IndicatorCodes.YouthfulWording, "Petite schoolgirl, barely 18", "Mature lady with experience.")]
    [InlineData(IndicatorCodes.UnprotectedServices, "Alles mogelijk, ook zonder condoom", "Alleen veilig, altijd met condoom.")]
    [InlineData(IndicatorCodes.UnprotectedServices, "BB and AO possible", "Chaos and bbq are not services.")]
    [InlineData(IndicatorCodes.AlwaysAvailable, "24/7 beschikbaar", "Beschikbaar op dinsdag van 10 tot 17 uur.")]
    [InlineData(IndicatorCodes.AlwaysAvailable, "Dag en nacht bereikbaar", "Overdag bereikbaar.")]
    [InlineData(IndicatorCodes.ThirdPerson, "She is available for you", "I am available for you.")]
    [InlineData(IndicatorCodes.ThirdPerson, "Onze meiden wachten op je", "Ik wacht op je.")]
    [InlineData(IndicatorCodes.AddressOnArrival, "Adres na afspraak", "Adres: Stationsstraat 1.")]
    public void Phrase_indicator_fires_and_does_not_fire(string code, string firing, string quiet)
    {
        IndicatorsOf(Ad("a1", text: firing)).ShouldContain(code);
        IndicatorsOf(Ad("a1", text: quiet)).ShouldNotContain(code);
    }

    [Fact]
    public void Phrases_match_in_the_title_and_ignore_accents_and_case()
    {
        IndicatorsOf(Ad("a1", title: "ALTIJD BESCHIKBAAR 💋")).ShouldContain(IndicatorCodes.AlwaysAvailable);
        IndicatorsOf(Ad("a1", title: "Tiëner")).ShouldContain(IndicatorCodes.YouthfulWording);
    }

    [Fact]
    public void Phrases_do_not_match_across_title_and_text()
    {
        IndicatorsOf(Ad("a1", title: "Alles", text: "mogelijk is fijn")).ShouldNotContain(IndicatorCodes.UnprotectedServices);
    }

    [Theory]
    [InlineData(18, true)]
    [InlineData(21, true)]
    [InlineData(22, false)]
    [InlineData(35, false)]
    public void Young_age_claimed_fires_for_18_to_21(int age, bool fires) =>
        IndicatorsOf(Ad("a1", age: age)).Contains(IndicatorCodes.YoungAgeClaimed).ShouldBe(fires);

    [Fact]
    public void Claimed_minor_fires_its_own_indicator()
    {
        var fired = IndicatorsOf(Ad("a1", age: 16));
        fired.ShouldContain(IndicatorCodes.MinorAgeClaimed);
        fired.ShouldNotContain(IndicatorCodes.YoungAgeClaimed);
    }

    [Fact]
    public void Low_price_fires_under_fixed_threshold()
    {
        IndicatorsOf(Ad("a1", price: 40)).ShouldContain(IndicatorCodes.LowPrice);
        IndicatorsOf(Ad("a1", price: 100)).ShouldNotContain(IndicatorCodes.LowPrice);
    }

    [Fact]
    public void Low_price_fires_under_sixty_percent_of_the_median()
    {
        var ads = Enumerable.Range(0, 30).Select(i => Ad($"n{i:D2}", price: 200)).ToList();
        ads.Add(Ad("cheap", price: 100));
        ads.Add(Ad("normal", price: 150));
        var fired = Indicators(ads);
        fired["cheap"].ShouldContain(IndicatorCodes.LowPrice);
        fired["normal"].ShouldNotContain(IndicatorCodes.LowPrice);
    }

    [Fact]
    public void Shared_photo_fires_for_one_photo_under_two_phones()
    {
        var fired = Indicators([Ad("a1", phone: "0612345678", photo: "abc"), Ad("a2", phone: "0687654321", photo: "abc")]);
        fired["a1"].ShouldContain(IndicatorCodes.SharedPhoto);
    }

    [Fact]
    public void Shared_photo_does_not_fire_for_one_photo_one_phone_one_name()
    {
        var fired = Indicators(
        [
            Ad("a1", phone: "0612345678", photo: "abc", text: "Ik ben Anna"),
            Ad("a2", phone: "0612345678", photo: "abc", text: "Ik ben Anna"),
        ]);
        fired["a1"].ShouldNotContain(IndicatorCodes.SharedPhoto);
    }

    [Fact]
    public void Near_duplicate_text_fires_across_phones_but_not_under_one_phone()
    {
        var edited = LongText.Replace("rustige", "mooie", StringComparison.Ordinal).Replace("gratis", "makkelijk", StringComparison.Ordinal);
        var across = Indicators([Ad("a1", phone: "0612345678", text: LongText), Ad("a2", phone: "0687654321", text: edited)]);
        across["a1"].ShouldContain(IndicatorCodes.NearDuplicateText);
        across["a2"].ShouldContain(IndicatorCodes.NearDuplicateText);

        var same = Indicators([Ad("a1", phone: "0612345678", text: LongText), Ad("a2", phone: "06 12 34 56 78", text: edited)]);
        same["a1"].ShouldNotContain(IndicatorCodes.NearDuplicateText);
    }

    [Theory]
    [InlineData("Bel me: nul zes een twee drie vier vijf zes zeven acht")]
    [InlineData("call zero six 12345678")]
    [InlineData("Whatsapp o6-12345678")]
    [InlineData("0 6 1 2 3 4 5 6 7 8")]
    [InlineData("nummer: 0.6.1.2.3.4.5.6.7.8")]
    public void Obscured_contact_fires_for_disguised_numbers(string text) =>
        IndicatorsOf(Ad("a1", text: text)).ShouldContain(IndicatorCodes.ObscuredContact);

    [Theory]
    [InlineData("Bel 06-12345678 een uur van tevoren")]
    [InlineData("06 12 34 56 78")]
    [InlineData("Een of twee uur, 24/7, prijs 150")]
    [InlineData("Zes dagen per week open")]
    public void Obscured_contact_does_not_fire_for_plain_numbers_or_prose(string text) =>
        IndicatorsOf(Ad("a1", text: text)).ShouldNotContain(IndicatorCodes.ObscuredContact);

    [Fact]
    public void Ad_without_any_signal_scores_zero()
    {
        var result = new AdScreeningEngine().Screen([Ad("a1", phone: "0612345678", city: "Zwolle", text: LongText, price: 150, age: 30)]);
        result.Ads[0].RiskScore.ShouldBe(0);
        result.Ads[0].Indicators.ShouldBeEmpty();
        result.Ads[0].Flagged.ShouldBeFalse();
    }
}
