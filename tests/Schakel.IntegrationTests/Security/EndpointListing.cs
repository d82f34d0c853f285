using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Security;

internal static class EndpointListing
{
    /// <summary>Every routable endpoint of the app as (route template, HTTP methods), read from the endpoint data source.</summary>
    public static List<(string Route, string[] Methods)> All(SchakelFactory factory)
    {
        var sources = factory.Services.GetServices<EndpointDataSource>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Route: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
                Methods: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.ToArray() ?? ["GET", "POST"]))
            .GroupBy(e => e.Route).Select(g => (g.Key, g.SelectMany(x => x.Methods).Distinct().OrderBy(m => m).ToArray()))
            .OrderBy(e => e.Key).ToList();
    }
}
