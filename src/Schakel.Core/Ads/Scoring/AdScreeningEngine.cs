using System.Runtime.CompilerServices;
using Schakel.Core.Identifiers;

namespace Schakel.Core.Ads;

/// <summary>
/// Scores and clusters a collection of ads against a risk profile. Pure: no clock, no database, no
/// input order dependence (ads are put in ad-id order first), so the same collection always gives the
/// same scores and cluster ids. Thread-safe once constructed.
/// </summary>
public sealed class AdScreeningEngine
{
    private readonly RiskProfile _profile;
    private readonly HashSet<string> _knownPhones;
    private readonly Vocabulary _vocabulary = new();
    private readonly PhraseLexicon _lexicon;
    private readonly IndicatorSlots _slots;

    /// <param name="profile">Profile to score with; <see cref="RiskProfile.Default"/> when null.</param>
    /// <param name="knownPhones">Phone numbers from signals and cases; normalised here, unreadable ones skipped.</param>
    public AdScreeningEngine(RiskProfile? profile = null, IEnumerable<string>? knownPhones = null)
    {
        _profile = profile ?? RiskProfile.Default;
        _profile.Validate();
        _slots = new IndicatorSlots(_profile);
        _lexicon = new PhraseLexicon(_vocabulary);
        for (var slot = 0; slot < _profile.Indicators.Count; slot++)
        {
            foreach (var phrase in _profile.Indicators[slot].Phrases)
            {
                _lexicon.Add(phrase, slot);
            }
        }
        _knownPhones = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phone in knownPhones ?? [])
        {
            if (PhoneNormalizer.Normalize(phone) is { } normalized)
            {
                _knownPhones.Add(normalized);
            }
        }
    }

    public RiskProfile Profile => _profile;

    /// <exception cref="ArgumentException">Two ads share an ad id; de-duplicate on import.</exception>
    public ScreeningResult Screen(IEnumerable<Ad> ads)
    {
        var sorted = ads.OrderBy(a => a.AdId, StringComparer.Ordinal).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (string.Equals(sorted[i - 1].AdId, sorted[i].AdId, StringComparison.Ordinal))
            {
                throw new ArgumentException($"Ad id '{sorted[i].AdId}' occurs more than once.", nameof(ads));
            }
        }

        var features = new AdTextFeatures[sorted.Length];
        Parallel.For(0, sorted.Length, i => features[i] = AnalyzeText(sorted[i]));

        var fired = new ulong[sorted.Length];
        MarkSingleAdIndicators(sorted, features, fired);
        GroupIndicators.MarkContactGroups(sorted, features, _profile.Parameters, _slots, fired);
        GroupIndicators.MarkSharedPhotos(sorted, features, _slots, fired);

        var nearDuplicates = NearDuplicateFinder.FindPairs(features.Select(f => f.Signature).ToArray(), _profile.Parameters.NearDuplicateJaccard);
        MarkNearDuplicates(sorted, nearDuplicates, fired);

        var clusterIds = AdClusterer.Assign(sorted, nearDuplicates);
        var scored = new ScoredAd[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            scored[i] = Score(sorted[i], fired[i], clusterIds[i]);
        }
        return new ScreeningResult
        {
            ProfileVersion = _profile.Version,
            Ads = scored,
            Clusters = ClusterSummaries.Build(scored),
        };
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AdTextFeatures AnalyzeText(Ad ad)
    {
        var tokens = Tokenizer.Tokenize(ad.Title, ad.Text, _vocabulary);
        return new AdTextFeatures(
            _lexicon.Match(tokens),
            ObscuredContactDetector.Detect(tokens),
            NameExtractor.Extract(tokens),
            MinHasher.Sign(tokens));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MarkSingleAdIndicators(Ad[] ads, AdTextFeatures[] features, ulong[] fired)
    {
        var p = _profile.Parameters;
        var inSignal = _slots[IndicatorCodes.PhoneInSignal];
        var minor = _slots[IndicatorCodes.MinorAgeClaimed];
        var young = _slots[IndicatorCodes.YoungAgeClaimed];
        var lowPrice = _slots[IndicatorCodes.LowPrice];
        var obscured = _slots[IndicatorCodes.ObscuredContact];
        var median = MedianPrice(ads);

        for (var i = 0; i < ads.Length; i++)
        {
            var ad = ads[i];
            fired[i] |= features[i].PhraseSlots;
            if (features[i].ObscuredContact)
            {
                IndicatorSlots.Set(ref fired[i], obscured);
            }
            if (ad.Phone is not null && _knownPhones.Contains(ad.Phone))
            {
                IndicatorSlots.Set(ref fired[i], inSignal);
            }
            if (ad.AgeClaimed < 18)
            {
                IndicatorSlots.Set(ref fired[i], minor);
            }
            else if (ad.AgeClaimed >= p.YoungAgeMin && ad.AgeClaimed <= p.YoungAgeMax)
            {
                IndicatorSlots.Set(ref fired[i], young);
            }
            if (ad.Price is { } price && (price < p.LowPriceAbsolute || (median is { } m && (double)price < p.LowPriceMedianRatio * (double)m)))
            {
                IndicatorSlots.Set(ref fired[i], lowPrice);
            }
        }
    }

    private decimal? MedianPrice(Ad[] ads)
    {
        var prices = ads.Where(a => a.Price is not null).Select(a => a.Price!.Value).Order().ToArray();
        if (prices.Length < _profile.Parameters.LowPriceMinSample)
        {
            return null;
        }
        var mid = prices.Length / 2;
        return prices.Length % 2 == 1 ? prices[mid] : (prices[mid - 1] + prices[mid]) / 2;
    }

    /// <summary>Copy-paste under the same number is one advertiser's habit; across numbers it links advertisers.</summary>
    private void MarkNearDuplicates(Ad[] ads, IReadOnlyList<(int A, int B)> pairs, ulong[] fired)
    {
        var slot = _slots[IndicatorCodes.NearDuplicateText];
        foreach (var (a, b) in pairs)
        {
            var samePhone = ads[a].Phone is not null && string.Equals(ads[a].Phone, ads[b].Phone, StringComparison.Ordinal);
            if (!samePhone)
            {
                IndicatorSlots.Set(ref fired[a], slot);
                IndicatorSlots.Set(ref fired[b], slot);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ScoredAd Score(Ad ad, ulong fired, string clusterId)
    {
        var codes = new List<string>();
        var weights = new List<double>();
        for (var slot = 0; slot < _profile.Indicators.Count; slot++)
        {
            if ((fired & (1UL << slot)) != 0)
            {
                codes.Add(_profile.Indicators[slot].Code);
                weights.Add(_profile.Indicators[slot].Weight);
            }
        }
        var score = RiskCombiner.Combine(weights);
        return new ScoredAd
        {
            Ad = ad,
            RiskScore = score,
            Indicators = codes,
            ClusterId = clusterId,
            Flagged = score >= _profile.FlagThreshold,
        };
    }
}
