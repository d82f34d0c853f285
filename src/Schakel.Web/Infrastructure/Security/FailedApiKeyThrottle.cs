using System.Threading.RateLimiting;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// Guessing API keys: the per-key rate limit cannot stop it, since every guess is a new key. Failed attempts are
/// counted per client address instead; past the limit every key from that address gets 429 until the minute is over,
/// a right one included, so a guesser learns nothing from the answers.
/// </summary>
public sealed class FailedApiKeyThrottle(IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("RateLimits:InvalidApiKeysPerMinute", 20),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "onbekend";

    public bool Blocked(HttpContext context) => _failures.GetStatistics(AddressOf(context))?.CurrentAvailablePermits <= 0;

    public void RecordFailure(HttpContext context)
    {
        using var lease = _failures.AttemptAcquire(AddressOf(context));
    }

    public void Dispose() => _failures.Dispose();
}

public static class FailedApiKeyThrottleMiddleware
{
    public static IApplicationBuilder UseFailedApiKeyThrottle(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.ContainsKey(ApiKeyAuthentication.Header)
                && context.RequestServices.GetRequiredService<FailedApiKeyThrottle>().Blocked(context))
            {
                context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.Response.Headers.RetryAfter = "60";
                await context.Response.WriteAsJsonAsync(new
                {
                    title = "Te veel pogingen",
                    status = 429,
                    detail = "Te veel ongeldige API-sleutels vanaf dit adres. Probeer het over een minuut opnieuw.",
                }, options: null, contentType: "application/problem+json");
                return;
            }
            await next();
        });
}
