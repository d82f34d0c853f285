using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Schakel.IntegrationTests.Dashboard.Disclosure;

/// <summary>Outside development and tests the figures' secret must be configured: a guessable one would let anyone strip the noise.</summary>
public sealed class CellKeySecretTests
{
    private sealed class StagingFactory(string? secret) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Staging");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Schakel", $"Data Source={Path.Combine(Path.GetTempPath(), "schakel-secret-" + Guid.NewGuid().ToString("N") + ".db")}");
            if (secret is not null)
            {
                builder.UseSetting("Figures:CellKeySecret", secret);
            }
        }
    }

    [Theory]
    [InlineData(null, "Figures:CellKeySecret ontbreekt")]
    [InlineData("te-kort", "Figures:CellKeySecret is te kort")]
    public void Without_a_proper_secret_the_app_does_not_start(string? secret, string message)
    {
        using var factory = new StagingFactory(secret);
        Should.Throw<Exception>(() => factory.CreateClient()).ToString().ShouldContain(message);
    }
}
