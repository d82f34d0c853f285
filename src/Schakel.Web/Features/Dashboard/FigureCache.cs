using Microsoft.Extensions.Caching.Memory;

namespace Schakel.Web.Features.Dashboard;

/// <summary>
/// The dashboard page's figure set per filter, kept for a few seconds: one view costs about twenty aggregate queries,
/// and counts per quarter do not need to be fresher than that. Masking is applied per viewer afterwards, so the cached
/// set is the same for everyone. Exports and the API always count afresh. Dashboard:CacheSeconds=0 switches it off.
/// </summary>
public sealed class FigureCache(IConfiguration configuration) : IDisposable
{
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 500 });
    private readonly TimeSpan _keep = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Dashboard:CacheSeconds", 10)));

    public async Task<FigureSet> GetAsync(FigureFilter filter, Func<Task<FigureSet>> build)
    {
        if (_keep == TimeSpan.Zero)
        {
            return await build();
        }
        if (_cache.TryGetValue(filter, out FigureSet? cached) && cached is not null)
        {
            return cached;
        }
        var set = await build();
        _cache.Set(filter, set, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = _keep, Size = 1 });
        return set;
    }

    public void Dispose() => _cache.Dispose();
}
