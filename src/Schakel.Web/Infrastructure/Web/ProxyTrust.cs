using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Schakel.Web.Infrastructure.Web;

/// <summary>
/// Behind a reverse proxy the client's address and scheme arrive in X-Forwarded-For / X-Forwarded-Proto. They are
/// believed only from the proxies named in Proxy:KnownProxies (addresses) or Proxy:KnownNetworks (CIDR), both lists
/// comma-separated; anyone else could put any address there and walk around the per-address limits. With neither set
/// the headers are ignored entirely: ASP.NET's middleware with empty lists would trust every sender.
/// </summary>
public static class ProxyTrust
{
    public static bool AddSchakelProxyTrust(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Parse(configuration, "Proxy:KnownProxies", (string text, out IPAddress value) => IPAddress.TryParse(text, out value!));
        var networks = Parse(configuration, "Proxy:KnownNetworks", (string text, out System.Net.IPNetwork value) => System.Net.IPNetwork.TryParse(text, out value));
        if (proxies.Count == 0 && networks.Count == 0)
        {
            return false;
        }
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
        return true;
    }

    private delegate bool TryParse<T>(string text, out T value);

    private static List<T> Parse<T>(IConfiguration configuration, string key, TryParse<T> parse)
    {
        var section = configuration.GetSection(key);
        var texts = section.Value is { } single ? single.Split(',') : section.GetChildren().Select(c => c.Value ?? "");
        var result = new List<T>();
        foreach (var text in texts.Select(t => t.Trim()).Where(t => t.Length > 0))
        {
            result.Add(parse(text, out var value) ? value
                : throw new InvalidOperationException($"{key.Replace(":", "__", StringComparison.Ordinal)} bevat '{text}'; dat is geen geldig IP-adres of netwerk (bijvoorbeeld 10.0.0.5 of 10.0.0.0/24)."));
        }
        return result;
    }
}
