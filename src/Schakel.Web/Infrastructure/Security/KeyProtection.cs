using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// The keys that protect sign-in cookies and anti-forgery tokens live in the shared database. With a certificate
/// configured they are stored encrypted with it, so a copy of the database (a backup, a dump) does not hand out the
/// keys to forge a session. A configured certificate that cannot be read stops the start: keys are never silently
/// written in the clear when encryption was asked for. Production does not start without it: unencrypted keys in a
/// shared database are a forged sign-in waiting to happen.
/// </summary>
public static class KeyProtection
{
    public const string MissingInProduction =
        "Schakel start niet in Production zonder versleuteling van de inlogsleutels. Stel DataProtection__CertificatePath in " +
        "op het pad van een PFX-certificaat met privésleutel (en DataProtection__CertificatePassword als het een wachtwoord heeft).";

    public static IDataProtectionBuilder ProtectKeysFromConfiguration(this IDataProtectionBuilder builder, IConfiguration configuration, string contentRoot, bool required = false)
    {
        var path = configuration["DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return required ? throw new InvalidOperationException(MissingInProduction) : builder;
        }
        var full = Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(full, configuration["DataProtection:CertificatePassword"]);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException(
                $"Het certificaat voor de sleutelbeveiliging (DataProtection:CertificatePath = {full}) kan niet worden gelezen: {e.Message}", e);
        }
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"Het certificaat {full} heeft geen privésleutel; zonder die kan Schakel de sleutels niet lezen.");
        }
        return builder.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }
}
