using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Linking;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Linking.Models;

/// <summary>
/// Which model scores a subject: the latest version of its signal's region, or the shipped default while the region
/// has none. Parsed models are cached by their id, a hash of their parameters, so the cache is never stale: each
/// lookup asks the database only for the latest version's id, and a version another instance stored is picked up at once.
/// </summary>
public static class RegionModels
{
    private const int CacheSize = 32;
    private static readonly ConcurrentDictionary<string, LinkModel> Parsed = new(StringComparer.Ordinal);

    /// <summary>Signals of a region: by their municipality, or without one by the reporting organisation.</summary>
    public static IQueryable<Signal> SignalsOf(SchakelDb db, int regionId) =>
        db.Signals.Where(s => s.MunicipalityId != null
            ? s.Municipality!.RegionId == regionId
            : s.MelderOrganisationId != null && s.MelderOrganisation!.RegionId == regionId);

    public static Task<int?> RegionOfSignalAsync(SchakelDb db, int signalId, CancellationToken ct) =>
        db.Signals.Where(s => s.Id == signalId)
            .Select(s => s.MunicipalityId != null ? (int?)s.Municipality!.RegionId
                : s.MelderOrganisationId != null ? (int?)s.MelderOrganisation!.RegionId : null)
            .FirstOrDefaultAsync(ct);

    /// <summary>The model that scores a subject of this signal now.</summary>
    public static async Task<LinkModel> ForSignalAsync(SchakelDb db, int signalId, CancellationToken ct) =>
        await RegionOfSignalAsync(db, signalId, ct) is { } region ? await ActiveAsync(db, region, ct) : DefaultModel.Instance;

    public static async Task<LinkModel> ActiveAsync(SchakelDb db, int regionId, CancellationToken ct)
    {
        var latest = await db.Set<LinkModelVersion>().AsNoTracking().Where(v => v.RegionId == regionId)
            .OrderByDescending(v => v.Number).Select(v => new { v.Id, v.ModelId }).FirstOrDefaultAsync(ct);
        return latest is null ? DefaultModel.Instance : await LoadAsync(db, latest.ModelId, ct) ?? DefaultModel.Instance;
    }

    /// <summary>The model with this id (the default model's id included), or null when no stored version has it.</summary>
    public static async Task<LinkModel?> LoadAsync(SchakelDb db, string? modelId, CancellationToken ct)
    {
        if (modelId is null)
        {
            return null;
        }
        if (modelId == DefaultModel.Instance.Id)
        {
            return DefaultModel.Instance;
        }
        if (Parsed.TryGetValue(modelId, out var cached))
        {
            return cached;
        }
        var json = await db.Set<LinkModelVersion>().AsNoTracking().Where(v => v.ModelId == modelId)
            .OrderBy(v => v.Id).Select(v => v.Json).FirstOrDefaultAsync(ct);
        if (json is null)
        {
            return null;
        }
        var model = LinkModel.FromJson(json);
        Remember(model);
        return model;
    }

    public static void Remember(LinkModel model)
    {
        // Old versions are rarely asked for again once a region moved on; a full cache simply starts over.
        if (Parsed.Count >= CacheSize)
        {
            Parsed.Clear();
        }
        Parsed[model.Id] = model;
    }
}
