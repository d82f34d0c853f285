using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.IntegrationTests.Security;

/// <summary>The other secrets Production insists on, so each test meets only the one it is about.</summary>
internal static class ProductionSecrets
{
    public const string CellKeySecret = "productie-geheim-voor-de-celsleutels-van-de-cijfers";
}

/// <summary>Production with encrypted keys, behind a proxy at 10.0.0.5.</summary>
public sealed class ProductionFactory : SchakelFactory
{
    private readonly string _certificate = CertificateKeysFactory.CreateCertificate();

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("DataProtection:CertificatePath", _certificate), new("DataProtection:CertificatePassword", "sleutel-test"), new("Proxy:KnownProxies", PeerAddress.Proxy),
         new("Figures:CellKeySecret", ProductionSecrets.CellKeySecret),
         new("Mail:Host", "127.0.0.1"), new("Mail:Port", "2525"), new("Mail:From", "schakel@example.nl"), new("Mail:BaseUrl", "https://schakel.example.nl")];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureTestServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, PeerAddress>());
    }
}

public sealed class ProductionWithoutKeyEncryptionFactory : SchakelFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Figures:CellKeySecret", ProductionSecrets.CellKeySecret)];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
    }
}

public sealed class ProductionTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    private HttpClient Client(string baseAddress) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(baseAddress), AllowAutoRedirect = false });

    [Fact]
    public void Production_refuses_to_start_without_key_encryption_and_says_in_Dutch_what_to_set()
    {
        using var unprotected = new ProductionWithoutKeyEncryptionFactory();
        var error = Should.Throw<Exception>(() => unprotected.CreateClient());
        error.ToString().ShouldContain(KeyProtection.MissingInProduction);
        KeyProtection.MissingInProduction.ShouldContain("DataProtection__CertificatePath");
    }

    [Fact]
    public async Task Plain_http_is_redirected_to_https_instead_of_failing()
    {
        var response = await Client("http://schakel.example").GetAsync("/inloggen");
        ((int)response.StatusCode).ShouldBeOneOf(307, 308);
        response.Headers.Location!.ToString().ShouldBe("https://schakel.example/inloggen");
    }

    [Fact]
    public async Task Https_answers_with_a_one_year_HSTS_header()
    {
        var response = await Client("https://schakel.example").GetAsync("/inloggen");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Strict-Transport-Security").Single().ShouldContain("max-age=31536000");
    }

    [Fact]
    public async Task Cookies_carry_the_host_prefix_so_another_site_on_the_domain_cannot_plant_or_read_them()
    {
        var response = await Client("https://schakel.example").GetAsync("/inloggen");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-schakel-af=", StringComparison.Ordinal));
        cookie.ShouldContain("secure", Case.Insensitive);
        cookie.ShouldContain("path=/", Case.Insensitive);
        cookie.ShouldNotContain("domain=", Case.Insensitive);
    }

    [Fact]
    public async Task Behind_the_configured_TLS_proxy_a_forwarded_https_request_is_served_not_redirected()
    {
        var client = Client("http://schakel.example");
        var request = new HttpRequestMessage(HttpMethod.Get, "/inloggen");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.20");
        (await client.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var spoofed = new HttpRequestMessage(HttpMethod.Get, "/inloggen");
        spoofed.Headers.Add("X-Forwarded-Proto", "https");
        spoofed.Headers.Add(PeerAddress.Header, "198.51.100.9");
        ((int)(await client.SendAsync(spoofed)).StatusCode).ShouldBeOneOf(307, 308);
    }

    [Fact]
    public void A_new_SQLite_database_file_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var folder = Path.Combine(Path.GetTempPath(), "schakel-mode-" + Guid.NewGuid().ToString("N"), "data");
        try
        {
            DatabaseRegistration.PrepareSqlite($"Data Source={Path.Combine(folder, "schakel.db")}", "/");
            File.GetUnixFileMode(Path.Combine(folder, "schakel.db")).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);
            File.GetUnixFileMode(folder).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(folder)!, recursive: true);
        }
    }
}
