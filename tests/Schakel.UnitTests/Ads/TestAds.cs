using Schakel.Core.Ads;
using Schakel.Core.Identifiers;

namespace Schakel.UnitTests.Ads;

/// <summary>Builds normalised ads the way the importer would, so engine tests read like the data.</summary>
internal static class TestAds
{
    public const string LongText =
        "Welkom bij mij in mijn rustige en schone appartement vlak bij het centrum. Ik neem de tijd voor je, " +
        "een drankje staat klaar en samen douchen kan altijd. Parkeren is gratis voor de deur en ik werk " +
        "alleen op afspraak, dus bel minimaal een half uur van tevoren. Pinnen is helaas niet mogelijk.";

    public static Ad Ad(string id, string? phone = null, string? handle = null, string? city = null, string? posted = null,
        string title = "", string text = "", decimal? price = null, int? age = null, string? photo = null) => new()
        {
            AdId = id,
            Phone = phone is null ? null : PhoneNormalizer.Normalize(phone),
            Handle = handle is null ? null : HandleNormalizer.Normalize(handle),
            City = city,
            PostedAt = posted is null ? null : PostedAtParser.Parse(posted, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc)).Value,
            Title = title,
            Text = text,
            Price = price,
            AgeClaimed = age,
            PhotoHash = photo,
        };

    public static Dictionary<string, IReadOnlyList<string>> Indicators(IEnumerable<Ad> ads, IEnumerable<string>? knownPhones = null) =>
        new AdScreeningEngine(null, knownPhones).Screen(ads).Ads.ToDictionary(a => a.Ad.AdId, a => a.Indicators);

    public static IReadOnlyList<string> IndicatorsOf(Ad ad) => Indicators([ad])[ad.AdId];
}
