using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Schakel.Web.Infrastructure.Identity;

/// <summary>Every sign-in opens a server-side session (see <see cref="UserSessions"/>); signing out ends it.</summary>
public sealed class SchakelSignInManager(
    UserManager<SchakelUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<SchakelUser> claimsFactory,
    IOptions<IdentityOptions> options, ILogger<SignInManager<SchakelUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<SchakelUser> confirmation, UserSessions sessions)
    : SignInManager<SchakelUser>(users, http, claimsFactory, options, logger, schemes, confirmation)
{
    public override async Task SignInWithClaimsAsync(SchakelUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        authenticationProperties ??= new AuthenticationProperties();
        // A refresh carries the properties of the cookie it replaces, session id included; anything else is a new sign-in.
        if (UserSessions.IdOf(authenticationProperties) is null)
        {
            await EndCurrentAsync();
            await sessions.StartAsync(user.Id, authenticationProperties);
        }
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }

    public override async Task SignOutAsync()
    {
        await EndCurrentAsync();
        await base.SignOutAsync();
    }

    /// <summary>
    /// The session id of the request's own cookie, or null when it has none. Read from what the authentication
    /// middleware already established, never by authenticating again: the security-stamp check signs out from inside
    /// the cookie handler, where a second authenticate would wait on itself.
    /// </summary>
    public string? CurrentSessionId() =>
        Context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties is { } properties ? UserSessions.IdOf(properties) : null;

    private async Task EndCurrentAsync()
    {
        if (CurrentSessionId() is { } id)
        {
            await sessions.EndAsync(id);
        }
    }
}
