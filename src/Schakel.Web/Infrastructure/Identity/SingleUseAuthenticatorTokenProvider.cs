using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Infrastructure.Identity;

/// <summary>
/// TOTP (RFC 6238) as Identity's authenticator provider does it (30 s steps, two steps of clock drift either way), but
/// each code is accepted once: the matched time-step is claimed per user in one conditional update, so a code seen over
/// someone's shoulder or replayed in a second session is refused even when both arrive at the same moment.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(SchakelDb db, TimeProvider clock) : AuthenticatorTokenProvider<SchakelUser>
{
    private static readonly VerificationWindow Drift = new(previous: 2, future: 2);

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<SchakelUser> manager, SchakelUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6 || !token.All(char.IsAsciiDigit))
        {
            return false;
        }
        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, token, out var step, Drift))
        {
            return false;
        }
        var claimed = await db.Users
            .Where(u => u.Id == user.Id && (u.LastTotpTimeStep == null || u.LastTotpTimeStep < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastTotpTimeStep, step));
        return claimed == 1;
    }
}
