using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// The keys that protect sign-in cookies and anti-forgery tokens live in the shared database. With a certificate
/// configured they are stored encrypted with it, so a copy of the database (a backup, a dump) does not hand out the
/// keys to forge a session. A configured certificate that cannot be read stops the start: keys are never silently
/// written in the clear when encryption was asked for.
/// </summary>
public static class KeyProtection
{
    public static IDataProtectionBuilder ProtectKeysFromConfiguration(this IDataProtectionBuilder builder, IConfiguration configuration, string contentRoot)
    {
        var path = configuration["DataProtection:CertificatePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            return builder;
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
