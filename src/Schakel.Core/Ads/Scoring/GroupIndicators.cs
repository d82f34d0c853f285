using System.Runtime.CompilerServices;

namespace Schakel.Core.Ads;

/// <summary>
/// Indicators that are a property of a group of ads rather than of one ad: everything advertised under
/// one phone number or handle, and everything using one photo. All ads of a group that crosses a
/// threshold get the indicator, because each of them is a way into the same network.
/// </summary>
internal static class GroupIndicators
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MarkContactGroups(IReadOnlyList<Ad> ads, AdTextFeatures[] features, RiskProfileParameters p,
        IndicatorSlots slots, ulong[] fired)
    {
        var severalWomen = slots[IndicatorCodes.SharedPhoneMultipleWomen];
        var multiCity = slots[IndicatorCodes.MultiCity];
        var circuit = slots[IndicatorCodes.CircuitMovement];
        foreach (var group in GroupsOf(ads, ad => ad.Phone).Concat(GroupsOf(ads, ad => ad.Handle)))
        {
            if (severalWomen >= 0)
            {
                var names = group.SelectMany(i => features[i].Names).Distinct(StringComparer.Ordinal).Count();
                var photos = group.Select(i => ads[i].PhotoHash).OfType<string>().Distinct(StringComparer.Ordinal).Count();
                if (names >= p.MinDistinctNamesPerContact || photos >= p.MinDistinctPhotosPerContact)
                {
                    MarkAll(group, fired, severalWomen);
                }
            }
            if (multiCity >= 0 && group.Select(i => ads[i].CityKey).OfType<string>().Distinct(StringComparer.Ordinal).Count() >= p.MultiCityMinCities)
            {
                MarkAll(group, fired, multiCity);
            }
            if (circuit >= 0)
            {
                MarkCircuit(ads, group, TimeSpan.FromDays(p.CircuitWindowDays), fired, circuit);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void MarkSharedPhotos(IReadOnlyList<Ad> ads, AdTextFeatures[] features, IndicatorSlots slots, ulong[] fired)
    {
        var slot = slots[IndicatorCodes.SharedPhoto];
        if (slot < 0)
        {
            return;
        }
        foreach (var group in GroupsOf(ads, ad => ad.PhotoHash))
        {
            var phones = group.Select(i => ads[i].Phone).OfType<string>().Distinct(StringComparer.Ordinal).Count();
            var names = group.SelectMany(i => features[i].Names).Distinct(StringComparer.Ordinal).Count();
            if (phones >= 2 || names >= 2)
            {
                MarkAll(group, fired, slot);
            }
        }
    }

    /// <summary>
    /// An ad is part of a circuit when the same contact advertises in another city within the window
    /// before or after it. A single move (weeks apart) does not fire.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void MarkCircuit(IReadOnlyList<Ad> ads, List<int> group, TimeSpan window, ulong[] fired, int slot)
    {
        var dated = group.Where(i => ads[i].PostedAt is not null && ads[i].CityKey is not null)
            .OrderBy(i => ads[i].PostedAt!.Value).ThenBy(i => i).ToList();
        if (dated.Count < 2)
        {
            return;
        }
        var inWindow = new Dictionary<string, int>(StringComparer.Ordinal);
        int lo = 0, hi = 0, total = 0;
        foreach (var i in dated)
        {
            var t = ads[i].PostedAt!.Value;
            while (hi < dated.Count && ads[dated[hi]].PostedAt!.Value <= t + window)
            {
                var city = ads[dated[hi++]].CityKey!;
                inWindow[city] = inWindow.GetValueOrDefault(city) + 1;
                total++;
            }
            while (ads[dated[lo]].PostedAt!.Value < t - window)
            {
                inWindow[ads[dated[lo++]].CityKey!]--;
                total--;
            }
            if (total - inWindow[ads[i].CityKey!] > 0)
            {
                IndicatorSlots.Set(ref fired[i], slot);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IEnumerable<List<int>> GroupsOf(IReadOnlyList<Ad> ads, Func<Ad, string?> key)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < ads.Count; i++)
        {
            var k = key(ads[i]);
            if (k is null)
            {
                continue;
            }
            if (!groups.TryGetValue(k, out var list))
            {
                list = [];
                groups[k] = list;
            }
            list.Add(i);
        }
        return groups.Values.Where(g => g.Count > 1);
    }

    private static void MarkAll(List<int> group, ulong[] fired, int slot)
    {
        foreach (var i in group)
        {
            IndicatorSlots.Set(ref fired[i], slot);
        }
    }
}
