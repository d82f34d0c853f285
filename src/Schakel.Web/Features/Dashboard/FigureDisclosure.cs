using System.Security.Claims;
using System.Security.Cryptography;
using Schakel.Core.Figures;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Dashboard;

/// <summary>
/// Decides per viewer how figures are published: exact for the case team, perturbed by the cell-key method for everyone
/// else (see <see cref="Disclosure"/>). The secret behind the cell keys comes from Figures:CellKeySecret; without it
/// anyone who could guess the secret could strip the noise again, so outside development and tests Schakel does not start.
/// </summary>
public sealed class FigureDisclosure(CellKeys keys)
{
    public const string SecretSetting = "Figures:CellKeySecret";

    /// <summary>The cell keys for this viewer; null when the viewer sees exact counts.</summary>
    public CellKeys? For(ClaimsPrincipal user) => AccessPolicy.SeesExactFigures(user) ? null : keys;

    public static CellKeys KeysFrom(IServiceProvider services)
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
