using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.IntegrationTests.Security;

/// <summary>A factory whose data-protection keys are encrypted with a throw-away certificate.</summary>
public sealed class CertificateKeysFactory : SchakelFactory
{
    public string CertificatePath { get; } = CreateCertificate();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("DataProtection:CertificatePath", CertificatePath), new("DataProtection:CertificatePassword", "sleutel-test")];

    internal static string CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Schakel sleutelbeveiliging test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(Path.GetTempPath(), $"schakel-keys-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "sleutel-test"));
        return path;
    }
}

public sealed class KeyProtectionTests(CertificateKeysFactory factory) : IClassFixture<CertificateKeysFactory>
{
    [Fact]
    public async Task With_a_certificate_the_stored_keys_are_encrypted_and_sign_in_still_works()
    {
        var session = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        (await session.GetHtmlAsync("/")).ShouldNotBeEmpty();

        var keys = await factory.WithAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(xml => xml!.Contains("encryptedSecret") && !xml.Contains("<masterKey"));
    }

    [Fact]
    public void A_configured_certificate_that_cannot_be_read_stops_the_start_with_a_dutch_message()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["DataProtection:CertificatePath"] = "bestaat-niet.pfx" }).Build();
        var services = new ServiceCollection();
        var error = Should.Throw<InvalidOperationException>(() =>
            services.AddDataProtection()
                .ProtectKeysFromConfiguration(configuration, Path.GetTempPath()));
        error.Message.ShouldContain("kan niet worden gelezen");
    }
}
