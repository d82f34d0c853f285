using Microsoft.AspNetCore.Identity;

namespace Schakel.Web.Infrastructure.Identity;

/// <summary>A hash of a random password, made with the app's own hasher, to spend the time a real check costs.</summary>
public static class DummyPassword
{
    private static readonly SchakelUser Nobody = new() { DisplayName = "" };
    private static string? _hash;

    public static void Verify(UserManager<SchakelUser> users, string password)
    {
        _hash ??= users.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        users.PasswordHasher.VerifyHashedPassword(Nobody, _hash, password);
    }
}
