using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Ads;

/// <summary>The ads not yet anonymised that carry a phone number or handle, for the network picture of linking.</summary>
public sealed class NetworkAds(SchakelDb db) : INetworkAds
{
    public Task<List<NetworkAd>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<StoredAd>().AsNoTracking().Where(a => a.AnonymisedAt == null && (a.Phone != null || a.Handle != null))
            .Select(a => new NetworkAd(a.Id, a.AdId, a.Phone, a.Handle)).ToListAsync(cancellationToken);
}
