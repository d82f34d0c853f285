using System.ComponentModel.DataAnnotations;
using Schakel.Web.Infrastructure.Web;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Schakel.Core.Accounts;

namespace Schakel.Web.Infrastructure.Security;

public sealed class SecurityOptions
{
    public bool RequireTwoFactorForPersonalDataRoles { get; set; } = true;
    [Range(1, 10080, ErrorMessage = Settings.RangeMessage)] public int SessionIdleMinutes { get; set; } = 20;
    [Range(1, 100, ErrorMessage = Settings.RangeMessage)] public int LockoutAttempts { get; set; } = 5;
    [Range(1, 10080, ErrorMessage = Settings.RangeMessage)] public int LockoutMinutes { get; set; } = 15;

    /// <summary>How often a cookie is checked against the account's security stamp (roles, password, lock-out).</summary>
    [Range(1, 86400, ErrorMessage = Settings.RangeMessage)] public int StampValidationSeconds { get; set; } = 60;

    /// <summary>A session ends this long after sign-in however active it is; the idle limit applies besides.</summary>
    [Range(1, 720, ErrorMessage = Settings.RangeMessage)] public int SessionAbsoluteHours { get; set; } = 8;
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

    /// <summary>
    /// The periodic security-stamp check rebuilds the principal from the database, which knows nothing of how the user
    /// signed in; without this the second-factor marker would drop a minute after sign-in and lock the user out.
    /// </summary>
    public static Task KeepSecondFactor(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
        {
            foreach (var amr in current.FindAll("amr").Where(c => !identity.HasClaim("amr", c.Value)))
            {
                identity.AddClaim(new Claim("amr", amr.Value));
            }
        }
        return Task.CompletedTask;
    }

    public static IApplicationBuilder UseTwoFactorEnforcement(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var user = context.User;
            if (user.Identity?.IsAuthenticated == true
                && user.Identity.AuthenticationType != ApiKeyAuthentication.SchemeName
                && Required(user, context.RequestServices.GetRequiredService<SecurityOptions>())
                && !SatisfiedBy(user)
                && !context.Request.Path.StartsWithSegments(SetupPath)
                && !context.Request.Path.StartsWithSegments("/uitloggen"))
            {
                // The API has no set-up page to send anyone to: a cookie session without its second factor is refused.
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.Response.WriteAsJsonAsync(new
                    {
                        title = "Tweestapsverificatie vereist",
                        status = 403,
                        detail = "Uw rol geeft toegang tot persoonsgegevens. Log in met tweestapsverificatie om de API te gebruiken.",
                    }, options: null, contentType: "application/problem+json");
                    return;
                }
                context.Response.Redirect(SetupPath);
                return;
            }
            await next();
        });
}
