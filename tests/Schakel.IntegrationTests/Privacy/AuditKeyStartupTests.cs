using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Privacy;

/// <summary>Production never runs with an audit chain that anyone with database access could recompute.</summary>
public sealed class AuditKeyStartupTests
{
    private sealed class ProductionFactory(string? keyFile) : WebApplicationFactory<Program>
    {
        public TestDatabase Database { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", Database.Provider);
            builder.UseSetting("ConnectionStrings:Schakel", Database.ConnectionString);
            if (keyFile is not null)
            {
                builder.UseSetting("Audit:ChainKeyFile", keyFile);
            }
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing)
            {
                Database.Dispose();
            }
        }
    }

    [Fact]
    public void Production_refuses_to_start_without_an_audit_chain_key_and_says_what_to_set()
    {
        using var factory = new ProductionFactory(null);
        var error = Should.Throw<InvalidOperationException>(() => factory.CreateClient());
        error.Message.ShouldContain("Audit__ChainKey");
        error.Message.ShouldContain("Audit__ChainKeyFile");
        error.Message.ShouldStartWith("Schakel start niet");
    }

    [Fact]
    public void Production_refuses_a_key_file_with_a_key_that_is_too_short()
    {
        var path = Path.Combine(Path.GetTempPath(), "schakel-tests", Guid.NewGuid().ToString("N") + ".key");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Convert.ToBase64String(new byte[16]));
        try
        {
            using var factory = new ProductionFactory(path);
            var error = Should.Throw<InvalidOperationException>(() => factory.CreateClient());
            error.Message.ShouldContain("minstens 32 bytes");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
