using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Infrastructure.Identity;

/// <summary>
/// Server-side sign-in sessions. The session id travels in the cookie's protected properties, which survive every
/// cookie refresh (sliding expiry, security-stamp check, <c>RefreshSignInAsync</c>). The row is read on every request
/// without a cache: one primary-key lookup, and an ended session is refused at once on every instance.
/// </summary>
public sealed class UserSessions(SchakelDb db, TimeProvider clock, SecurityOptions security)
{
    private const string PropertyKey = "schakel.session";

    public static string? IdOf(AuthenticationProperties properties) =>
        properties.Items.TryGetValue(PropertyKey, out var id) ? id : null;

    public async Task StartAsync(string userId, AuthenticationProperties properties)
    {
        var now = clock.GetUtcNow();
        // Ended and expired sign-ins can never be used again; clearing the account's own at each sign-in keeps the
        // table as small as the number of live sessions, without a job of its own.
        var expiredBefore = now.AddHours(-security.SessionAbsoluteHours);
        await db.UserSessions.Where(s => s.UserId == userId && (s.EndedAt != null || s.CreatedAt < expiredBefore)).ExecuteDeleteAsync();
        var session = new UserSession { Id = Guid.NewGuid().ToString("N"), UserId = userId, CreatedAt = now };
        db.UserSessions.Add(session);
        await db.SaveChangesAsync();
        properties.Items[PropertyKey] = session.Id;
    }

    public Task EndAsync(string id) =>
        db.UserSessions.Where(s => s.Id == id && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow()));

    /// <summary>After a password change every other sign-in of the account ends; the one that changed it stays.</summary>
    public Task EndOthersAsync(string userId, string? keepId) =>
        db.UserSessions.Where(s => s.UserId == userId && s.Id != keepId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, clock.GetUtcNow()));

    public async Task<bool> IsActiveAsync(string id, string userId)
    {
        var session = await db.UserSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id);
        return session is not null && session.UserId == userId && session.EndedAt is null
            && clock.GetUtcNow() < session.CreatedAt.AddHours(security.SessionAbsoluteHours);
    }

    /// <summary>Cookie check on each request: the session must still be open and within its absolute lifetime.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = IdOf(context.Properties);
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<UserSessions>();
        if (id is null || userId is null || !await sessions.IsActiveAsync(id, userId))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }
}
