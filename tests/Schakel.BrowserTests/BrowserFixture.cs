using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Schakel.Testing;

namespace Schakel.BrowserTests;

/// <summary>The app on a real port with its own database, and Debian's headless Chromium driven by Playwright.</summary>
public class BrowserFixture : IAsyncLifetime
{
    public BrowserFixture() : this(new SchakelFactory()) { }

    /// <summary>For a fixture whose app needs settings of its own.</summary>
    protected BrowserFixture(SchakelFactory factory) => Factory = factory;

    public SchakelFactory Factory { get; }
    public string BaseUrl { get; private set; } = "";
    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("SCHAKEL_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }

    public async Task<IPage> NewPageAsync(bool javaScript = true)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, JavaScriptEnabled = javaScript, Locale = "nl-NL" });
        // Fail fast instead of hanging a CI run when something is not on the page.
        context.SetDefaultTimeout(15_000);
        // A page load (sign-in, a form post) waits on the server, which shares two cores with the whole test run.
        context.SetDefaultNavigationTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInPageAsync(string email, bool javaScript = true)
    {
        var page = await NewPageAsync(javaScript);
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(SchakelFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/inloggen", StringComparison.Ordinal));
        return page;
    }
}

public static class Accessibility
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Runs axe-core on the page and fails with every WCAG 2.1 A/AA violation listed.</summary>
    public static async Task ShouldHaveNoWcagViolationsAsync(this IPage page)
    {
        var result = await page.RunAxe(Wcag21AA);
        var violations = result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})").ToList();
        violations.ShouldBeEmpty($"axe-core on {page.Url}");
    }
}
