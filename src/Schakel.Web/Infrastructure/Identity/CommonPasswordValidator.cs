using Microsoft.AspNetCore.Identity;

namespace Schakel.Web.Infrastructure.Identity;

/// <summary>
/// NIST 800-63B: refuse passwords that are known to be common or that contain the account name, rather than demanding
/// symbols and digits. The 10,000 most common passwords (common-passwords.txt, MIT, see its NOTICE) ship inside the
/// app, with a few Dutch and Schakel-specific ones added here; all compared case-insensitively.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<SchakelUser>
{
    // Declared before Common: static fields initialise in order and Load reads this one.
    private static readonly string[] Dutch =
    [
        "123456789012", "1234567890123", "qwertyuiopas", "wachtwoord12", "wachtwoord123", "wachtwoord1234", "welkom123456",
        "welkomwelkom", "password1234", "password12345", "passwordpassword", "iloveyou1234", "qwerty123456", "aaaaaaaaaaaa",
        "111111111111", "000000000000", "abcdefghijkl", "abc123abc123", "zomer2024zomer", "voorjaar2025", "geheimgeheim",
        "welkom01welkom", "gemeente1234", "schakel12345", "mensenhandel1", "letmein12345", "administrator", "changeme1234",
    ];

    private static readonly HashSet<string> Common = Load();

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream("Schakel.CommonPasswords")
            ?? throw new InvalidOperationException("The common-password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } password)
            {
                set.Add(password);
            }
        }
        set.UnionWith(Dutch);
        return set;
    }

    public static int Count => Common.Count;

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
