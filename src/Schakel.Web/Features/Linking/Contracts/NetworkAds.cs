namespace Schakel.Web.Features.Linking.Contracts;

/// <summary>A screened ad as the network needs it: only its own phone number and handle, as imported.</summary>
public sealed record NetworkAd(int Id, string AdId, string? Phone, string? Handle);

/// <summary>
/// The screened ads a network picture may show. Ad screening answers it: linking asks, so it needs to know nothing of
/// how ads are stored, and ad screening (which looks up known phones in the linking keys) stays the one that depends.
/// </summary>
public interface INetworkAds
{
    Task<List<NetworkAd>> ListAsync(CancellationToken cancellationToken);
}
