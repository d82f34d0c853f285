using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Schakel.IntegrationTests.Security;

/// <summary>
/// The test server has no network peer; this puts one on each request, taken from the test-only header X-Test-Peer
/// (default 10.0.0.5, the configured proxy), before the app's own pipeline runs.
/// </summary>
public sealed class PeerAddress : IStartupFilter
{
    public const string Header = "X-Test-Peer";
    public const string Proxy = "10.0.0.5";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[Header].FirstOrDefault() ?? Proxy);
            return nextMiddleware(context);
        });
        next(app);
    };
}
