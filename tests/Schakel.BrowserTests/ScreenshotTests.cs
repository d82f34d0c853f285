using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Schakel.Testing;
using Xunit.Abstractions;
using static Schakel.Testing.RouteCatalogue;

namespace Schakel.BrowserTests;

/// <summary>
/// Full-page screenshots of the most used pages at a laptop width (1366 px) and a phone width (375 px), into
/// <c>artifacts/screenshots/</c>. With <c>SCHAKEL_UPDATE_SCREENSHOTS=1</c> the four that the README shows are copied
/// into <c>docs/screenshots/</c>.
/// </summary>
[Collection("browser")]
public sealed class ScreenshotTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly int[] Widths = [1366, 375];

    /// <summary>(file name, who, sample path); the README shows the four marked in <see cref="InReadme"/>.</summary>
    private static readonly (string Name, string Who, string Path)[] Pages =
    [
        ("af-startpagina", AfZwolle, "/"),
        ("wachtrij", AfZwolle, "/meldingen"),
        ("melding", AfZwolle, "/meldingen/{zwolle}"),
        ("nieuwe-melding", AfZwolle, "/meldingen/nieuw"),
        ("openbaar-meldformulier", Anonymous, "/melden"),
        ("tafel-vergaderingen", Keten, "/tafel"),
        ("agenda", Keten, "/tafel/vergaderingen/{pastMeeting}/agenda"),
        ("tafel-besluit", Keten, "/tafel/vergaderingen/{pastMeeting}/punten/{pastItem}"),
        ("zaak", Keten, "/zaken/{case}"),
        ("zorgdossier", Zorg, "/zorg/{careFile}"),
        ("mijn-acties", Keten, "/mijn-acties"),
        ("meldingen-voor-mij", Keten, "/meldingen-voor-mij"),
        ("koppelen", Keten, "/koppelen"),
        ("netwerk", Keten, "/koppelen/persoon/{linkedSubject}"),
        ("advertenties", Keten, "/advertenties"),
        ("dashboard", Keten, "/dashboard"),
        ("jaarverslag", Keten, "/dashboard/jaarverslag"),
        ("basisniveau", AfZwolle, "/basisniveau/{orgId}"),
        ("auditlog", Fg, "/privacy/audit"),
    ];

    private static readonly string[] InReadme = ["af-startpagina", "melding", "tafel-besluit", "dashboard"];

    [Fact]
    public async Task The_most_used_pages_are_saved_as_screenshots_at_laptop_and_phone_width()
    {
        var samples = await SampleValuesAsync(browser.Factory);
        var folder = ScreenshotArtifacts.Folder("screenshots");
        var saved = new List<string>();
        foreach (var group in Pages.GroupBy(p => p.Who))
        {
            var page = group.Key == Anonymous ? await browser.NewPageAsync() : await browser.SignedInPageAsync(group.Key);
            foreach (var (name, _, sample) in group)
            {
                var response = await page.GotoAsync(Resolve(sample, samples));
                response!.Ok.ShouldBeTrue($"{name} answered {response.Status}");
                if (name == "netwerk")
                {
                    // The person's page links to the network picture of the cluster the person is in.
                    await page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^netwerk \\d+$", RegexOptions.IgnoreCase) }).First.ClickAsync();
                }
                saved.AddRange(await ShootAsync(page, folder, name));
                if (name == "melding")
                {
                    saved.AddRange(await ShootTabsAsync(page, folder));
                }
            }
            await page.Context.CloseAsync();
        }
        output.WriteLine($"{saved.Count} screenshots in {folder}");
        Console.WriteLine($"Screenshots: {folder}");
        saved.Count.ShouldBeGreaterThanOrEqualTo(Pages.Length * Widths.Length);

        if (Environment.GetEnvironmentVariable("SCHAKEL_UPDATE_SCREENSHOTS") == "1")
        {
            var docs = Path.Combine(ScreenshotArtifacts.RepositoryRoot, "docs", "screenshots");
            Directory.CreateDirectory(docs);
            foreach (var name in InReadme)
            {
                File.Copy(Path.Combine(folder, $"{name}-1366.png"), Path.Combine(docs, $"{name}.png"), overwrite: true);
            }
            output.WriteLine($"README screenshots updated in {docs}");
        }
    }

    private static async Task<List<string>> ShootAsync(IPage page, string folder, string name)
    {
        var files = new List<string>();
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            var file = Path.Combine(folder, $"{name}-{width}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            files.Add(file);
        }
        return files;
    }

    /// <summary>The signal's tabs or sub-pages, as far as the signal page links to them from a tab list or a navigation in its main part.</summary>
    private static async Task<List<string>> ShootTabsAsync(IPage page, string folder)
    {
        var signal = new Uri(page.Url).AbsolutePath;
        var tabs = await page.EvaluateAsync<string[]>(
            "() => Array.from(document.querySelectorAll('main [role=tablist] a[href], main nav a[href]')).map(a => a.getAttribute('href'))");
        var files = new List<string>();
        foreach (var href in tabs.Distinct().Where(h => h.StartsWith(signal, StringComparison.Ordinal) && h != signal).Take(6))
        {
            await page.GotoAsync(href);
            var tab = Regex.Replace(href[signal.Length..], "[^a-z0-9]+", "-").Trim('-');
            files.AddRange(await ShootAsync(page, folder, "melding-" + tab));
        }
        return files;
    }
}
