using Microsoft.EntityFrameworkCore;
using Schakel.Core.Linking;
using Schakel.Web.Features.Linking;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Ads;

/// <summary>
/// The "phone number also in a signal or case" indicator: an ad's phone is looked up in the linking identifier index
/// (<see cref="SubjectKey"/>), through the same normaliser and blocking key the linking engine makes for a subject's
/// phone, so "06-12345678" in a signal and "+31 6 1234 5678" in an ad are one number. Only hashes are compared.
/// </summary>
public static class KnownPhones
{
    public static async Task<HashSet<string>> AmongAsync(SchakelDb db, IEnumerable<string?> phones, CancellationToken ct)
    {
        var byKey = new Dictionary<long, List<string>>();
        foreach (var phone in phones.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            foreach (var key in PhoneKeys(phone))
            {
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }
                list.Add(phone);
            }
        }
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in byKey.Keys.Chunk(500))
        {
            var keys = chunk.ToList();
            var hits = await db.Set<SubjectKey>().Where(k => k.Kind == BlockKind.Phone && keys.Contains(k.Key))
                .Select(k => k.Key).Distinct().ToListAsync(ct);
            foreach (var hit in hits)
            {
                found.UnionWith(byKey[hit]);
            }
        }
        return found;
    }

    public static IEnumerable<long> PhoneKeys(string phone)
    {
        var record = new SubjectRecord("ad", null, null, null, phone, null, null, null, null, null, null, null);
        var keys = SubjectRecords.Keys(FeatureExtractor.Extract(record, null));
        return keys.Where(k => BlockingKeys.KindOf(k) == BlockKind.Phone).Select(k => unchecked((long)k));
    }
}
