namespace Schakel.Web.Infrastructure.Web;

/// <summary>Security headers for every response (BIO / OWASP ASVS): no inline script or style, no framing.</summary>
public static class SecurityHeaders
{
    private const string Csp =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public static IApplicationBuilder UseSchakelSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var h = context.Response.Headers;
                h.ContentSecurityPolicy = Csp;
                h.XContentTypeOptions = "nosniff";
                h.XFrameOptions = "DENY";
                h["Referrer-Policy"] = "no-referrer";
                h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                h["Cross-Origin-Opener-Policy"] = "same-origin";
                // Pages carry personal data and must not stay in a browser cache; the static assets hold none.
                if (!IsStaticAsset(context.Request.Path))
                {
                    h.CacheControl = "no-store";
                }
                return Task.CompletedTask;
            });
            await next();
        });

    private static bool IsStaticAsset(PathString path) =>
        path.StartsWithSegments("/lib") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js")
        || path == "/favicon.ico" || path == "/favicon.svg";
}
