using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>Authenticates partner systems by the X-Api-Key header. Keys are stored only as SHA-256 hashes.</summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SchakelDb db, FailedApiKeyThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string OrganisationClaim = "schakel:api-org";

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>A new random key; the caller shows it once and stores only <see cref="Hash"/>.</summary>
    public static string NewKey() => "sk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }
        var hash = Hash(values.ToString().Trim());
        var key = await db.ApiClientKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, Context.RequestAborted);
        if (key is null)
        {
            throttle.RecordFailure(Context);
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "api:" + key.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, key.Name),
                new Claim(OrganisationClaim, key.OrganisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Response.WriteAsJsonAsync(new
        {
            type = "https://schakel.nl/problems/unauthorized",
            title = "Niet geautoriseerd",
            status = 401,
            detail = $"Geef een geldige API-sleutel mee in de header {Header}.",
        }, options: null, contentType: "application/problem+json");
    }
}
