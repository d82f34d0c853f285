using System.Security.Claims;
using System.Security.Cryptography;
using Schakel.Core.Figures;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Dashboard.Contracts;

/// <summary>
/// Decides per viewer how figures are published: exact for the case team, perturbed by the cell-key method for everyone
/// else (see <see cref="Disclosure"/>). The secret behind the cell keys comes from Figures:CellKeySecret; without it
/// anyone who could guess the secret could strip the noise again, so outside development and tests Schakel does not start.
/// </summary>
public sealed class FigureDisclosure(CellKeys keys)
{
    public const string SecretSetting = "Figures:CellKeySecret";

    /// <summary>The cell keys for this viewer; null when the viewer sees exact counts (<see cref="Policies.ExactFigures"/>).</summary>
    public async Task<CellKeys?> ForAsync(HttpContext http, ClaimsPrincipal? user = null) =>
        (await http.Guard().AllowsAsync(user ?? http.User, Policies.ExactFigures)) ? null : keys;

    internal static CellKeys KeysFrom(IServiceProvider services)
    {
        var secret = services.GetRequiredService<IConfiguration>()[SecretSetting];
        if (!string.IsNullOrWhiteSpace(secret))
        {
            return secret.Length >= 32 ? new CellKeys(secret)
                : throw new InvalidOperationException($"{SecretSetting} is te kort: gebruik minstens 32 willekeurige tekens.");
        }
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (environment.IsDevelopment() || environment.IsEnvironment("Testing"))
        {
            // A fresh secret per start: the noise is stable while the process runs, which is all development needs.
            return new CellKeys(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        }
        throw new InvalidOperationException($"{SecretSetting} ontbreekt: zonder dit geheim zijn de cijfers niet tegen terugrekenen beschermd.");
    }
}

public static class FigureDisclosureRegistration
{
    /// <summary>Registers the cell keys, checked when the app starts so a missing secret stops the start, not a later request.</summary>
    public static IServiceCollection AddFigureDisclosure(this IServiceCollection services)
    {
        services.AddSingleton(FigureDisclosure.KeysFrom);
        services.AddSingleton<FigureDisclosure>();
        services.AddOptions<SecretCheck>().Configure<IServiceProvider>((check, provider) => check.Keys = provider.GetRequiredService<CellKeys>()).ValidateOnStart();
        return services;
    }

    /// <summary>Exists only so the options start-up validation resolves the cell keys once at start.</summary>
    public sealed class SecretCheck
    {
        public CellKeys? Keys { get; set; }
    }
}
