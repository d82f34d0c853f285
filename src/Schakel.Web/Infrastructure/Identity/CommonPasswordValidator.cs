using Microsoft.AspNetCore.Identity;

namespace Schakel.Web.Infrastructure.Identity;

/// <summary>
/// NIST 800-63B: refuse passwords that are known to be common or that contain the account name, rather than demanding
/// symbols and digits. The list is short and shipped with the app; it holds the most used passwords in Dutch and English.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<SchakelUser>
{
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "123456789012", "1234567890123", "qwertyuiopas", "wachtwoord12", "wachtwoord123", "wachtwoord1234", "welkom123456",
        "welkomwelkom", "password1234", "password12345", "passwordpassword", "iloveyou1234", "qwerty123456", "aaaaaaaaaaaa",
        "111111111111", "000000000000", "abcdefghijkl", "abc123abc123", "zomer2024zomer", "voorjaar2025", "geheimgeheim",
        "welkom01welkom", "gemeente1234", "schakel12345", "mensenhandel1", "letmein12345", "administrator", "changeme1234",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<SchakelUser> manager, SchakelUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }
        if (Common.Contains(password) || password.Distinct().Count() <= 2)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = "Dit wachtwoord komt te vaak voor of is te eenvoudig. Kies een langere zin of een ander wachtwoord." }));
        }
        var localPart = (user.Email ?? user.UserName ?? "").Split('@')[0];
        if (localPart.Length >= 4 && password.Contains(localPart, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError { Code = "PasswordContainsUserName", Description = "Het wachtwoord mag uw gebruikersnaam niet bevatten." }));
        }
        return Task.FromResult(IdentityResult.Success);
    }
}
