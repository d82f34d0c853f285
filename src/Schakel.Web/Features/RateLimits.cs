using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Schakel.Web.Features;

/// <summary>
/// Abuse protection for the open doors of Schakel: the public form (per address), the intake API (per key) and the
/// figures (per user or partner key): every figure query is a sample an attacker could combine with others.
/// </summary>
public static class RateLimits
{
    public const string PublicForm = "public-form";
    public const string Api = "api";
    public const string Figures = "figures";
    public const string SignIn = "sign-in";

    public static IServiceCollection AddSchakelRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync("Te veel verzoeken achter elkaar. Wacht even en probeer het dan opnieuw.", ct);
            };
            o.AddPolicy(Figures, http => RateLimitPartition.GetSlidingWindowLimiter(FiguresPartition(http),
                _ => new SlidingWindowRateLimiterOptions { PermitLimit = FiguresPermits(http), Window = TimeSpan.FromHours(1), SegmentsPerWindow = 6, QueueLimit = 0 }));
            // Only submissions count: reading the form (or a failed attempt's page) must not use up the allowance.
            o.AddPolicy(PublicForm, http => PostsOnly(http, RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = PublicFormPermits(http), Window = TimeSpan.FromMinutes(10), QueueLimit = 0 })));
            // Password guessing across many accounts from one address; lock-out covers guessing at one account.
            o.AddPolicy(SignIn, http => PostsOnly(http, RateLimitPartition.GetFixedWindowLimiter(
                "sign-in " + (http.Connection.RemoteIpAddress?.ToString() ?? "onbekend"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = SignInPermits(http), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
            o.AddPolicy(Api, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Request.Headers["X-Api-Key"].ToString() is { Length: > 0 } key ? key : http.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = ApiPermits(http), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    private static RateLimitPartition<string> PostsOnly(HttpContext http, RateLimitPartition<string> limited) =>
        HttpMethods.IsPost(http.Request.Method) ? limited : RateLimitPartition.GetNoLimiter("read");

    private static int SignInPermits(HttpContext http) =>
        http.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:SignInPerMinute", 20);

    /// <summary>Per key per minute; a partner's bulk load or a load test raises it in configuration.</summary>
    private static int ApiPermits(HttpContext http) =>
        http.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:ApiPerMinute", 6000);

    /// <summary>
    /// Per signed-in user, or per partner key (its hash: the key itself is not kept in memory longer than needed);
    /// otherwise per address. Runs after authentication, so the user is known.
    /// </summary>
    private static string FiguresPartition(HttpContext http)
    {
        if (http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value is { Length: > 0 } user)
        {
            return "user:" + user;
        }
        var key = http.Request.Headers["X-Api-Key"].ToString();
        return key.Length > 0
            ? "key:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "onbekend");
    }

    /// <summary>Figure queries (API calls, dashboard and annual report pages, exports) per user or key per hour.</summary>
    private static int FiguresPermits(HttpContext http) =>
        http.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:FiguresPerHour", 60);

    private static int PublicFormPermits(HttpContext http) =>
        http.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:PublicFormPer10Minutes", 20);
}
