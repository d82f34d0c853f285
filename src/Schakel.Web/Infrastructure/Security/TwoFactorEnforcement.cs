using System.Security.Claims;
using Schakel.Core.Accounts;

namespace Schakel.Web.Infrastructure.Security;

public sealed class SecurityOptions
{
    public bool RequireTwoFactorForPersonalDataRoles { get; set; } = true;
    public int SessionIdleMinutes { get; set; } = 20;
    public int LockoutAttempts { get; set; } = 5;
    public int LockoutMinutes { get; set; } = 15;
}

/// <summary>
/// When configured, a user whose role sees personal data must have signed in with a second factor; until then the only
/// pages open to them are the two-factor set-up and sign-out.
/// </summary>
public static class TwoFactorEnforcement
{
    public const string SetupPath = "/account/tweestaps";

    public static bool SatisfiedBy(ClaimsPrincipal user) =>
        user.FindAll("amr").Any(c => c.Value == "mfa");

    public static bool Required(ClaimsPrincipal user, SecurityOptions options) =>
        options.RequireTwoFactorForPersonalDataRoles && Roles.SeePersonalData.Any(user.IsInRole);

    public static IApplicationBuilder UseTwoFactorEnforcement(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var user = context.User;
            if (user.Identity?.IsAuthenticated == true
                && user.Identity.AuthenticationType != ApiKeyAuthentication.SchemeName
                && Required(user, context.RequestServices.GetRequiredService<SecurityOptions>())
                && !SatisfiedBy(user)
                && !context.Request.Path.StartsWithSegments(SetupPath)
                && !context.Request.Path.StartsWithSegments("/uitloggen")
                && !context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.Redirect(SetupPath);
                return;
            }
            await next();
        });
}
