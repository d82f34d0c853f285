using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Testing;

/// <summary>The real app on a fresh database with the IJsselland demo region, as a new installation would start.</summary>
public class SchakelFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Schakel-demo-2026";

    public TestDatabase Database { get; } = new();

    /// <summary>The audit chain key and checkpoint file of this app, kept outside its database as in production.</summary>
    public string AuditChainKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public string AuditCheckpointFile { get; } = Path.Combine(Path.GetTempPath(), "schakel-tests", Guid.NewGuid().ToString("N") + "-audit-checkpoints.jsonl");

    /// <summary>Where this app writes its outgoing mail as .eml files (no relay in tests unless a test sets one).</summary>
    public string MailDirectory { get; } = Path.Combine(Path.GetTempPath(), "schakel-tests", Guid.NewGuid().ToString("N") + "-mail");

    /// <summary>Now on the app's own clock, for test data that must be "today" as the app sees it.</summary>
    public DateTimeOffset Now => Services.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>Extra configuration a test class needs (e.g. requiring two-factor sign-in).</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Database.Provider);
        builder.UseSetting("ConnectionStrings:Schakel", Database.ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:Password", DemoPassword);
        builder.UseSetting("Security:RequireTwoFactorForPersonalDataRoles", "false");
        builder.UseSetting("RateLimits:PublicFormPer10Minutes", "10000");
        builder.UseSetting("RateLimits:FiguresPerHour", "100000");
        // Every test request comes from the same (absent) address; classes that test the per-address limits lower these.
        builder.UseSetting("RateLimits:SignInPerMinute", "10000");
        builder.UseSetting("RateLimits:InvalidApiKeysPerMinute", "10000");
        // Tests that count refreshes do them themselves; the background refresher has its own test.
        builder.UseSetting("Dashboard:RefreshSeconds", "0");
        builder.UseSetting("Audit:ChainKey", AuditChainKey);
        builder.UseSetting("Audit:CheckpointFile", AuditCheckpointFile);
        builder.UseSetting("Mail:PickupDirectory", MailDirectory);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public T With<T>(Func<SchakelDb, T> query)
    {
        using var scope = Services.CreateScope();
        return query(scope.ServiceProvider.GetRequiredService<SchakelDb>());
    }

    public async Task<T> WithAsync<T>(Func<SchakelDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SchakelDb>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Database.Dispose();
            File.Delete(AuditCheckpointFile);
            try { Directory.Delete(MailDirectory, recursive: true); } catch (DirectoryNotFoundException) { } catch (IOException) { }
        }
    }
}
