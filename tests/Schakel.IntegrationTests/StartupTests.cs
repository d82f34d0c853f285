using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Schakel.Testing;

namespace Schakel.IntegrationTests;

public sealed class HealthTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task Live_and_ready_answer_healthy_when_the_database_is_there()
    {
        var client = factory.CreateClient();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Security_headers_are_on_every_page()
    {
        var response = await factory.CreateClient().GetAsync("/inloggen");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldNotContain("unsafe-inline");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }
}

/// <summary>Start-up with a database that is not there: a clear 503 and retries, no crash loop.</summary>
public sealed class DatabaseDownTests
{
    private sealed class DownFactory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Postgres");
            // Port 1 on loopback: nothing listens there, so the connection is refused at once.
            builder.UseSetting("ConnectionStrings:Schakel", "Host=127.0.0.1;Port=1;Username=x;Password=x;Database=x;Timeout=2");
        }
    }

    [Fact]
    public async Task A_PostgreSQL_that_is_down_gives_a_Dutch_503_page_and_an_unhealthy_ready_check()
    {
        using var factory = new DownFactory();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var page = await client.GetAsync("/inloggen");
        page.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Schakel is tijdelijk niet beschikbaar");
    }
}

public sealed class MissingFolderTests
{
    private sealed class NestedFolderFactory(string path) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ConnectionStrings:Schakel", $"Data Source={path}");
        }
    }

    [Fact]
    public async Task A_missing_database_folder_is_created_at_start()
    {
        var root = Path.Combine(Path.GetTempPath(), "schakel-tests", Guid.NewGuid().ToString("N"));
        var path = Path.Combine(root, "nested", "data", "schakel.db");
        try
        {
            using var factory = new NestedFolderFactory(path);
            (await factory.CreateClient().GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
            File.Exists(path).ShouldBeTrue();
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }
}
