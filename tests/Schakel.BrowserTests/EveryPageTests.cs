using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Schakel.Testing;
using Xunit.Abstractions;

namespace Schakel.BrowserTests;

/// <summary>
/// Every page of the route list, as each demo role (one account per role) and as a visitor who is not signed in: it
/// passes axe (WCAG 2.1 AA), shows labels instead of codes and enum names, has no English UI words, logs no console
/// error, loads every asset, and still renders with a heading when JavaScript is off.
/// </summary>
[Collection("browser")]
public sealed partial class EveryPageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private sealed record Finding(string Principal, string Path, string What);

    /// <summary>Every role and a visitor; SCHAKEL_WALK_ROLES (e.g. "af.zwolle,anoniem") narrows a run while fixing pages.</summary>
    private static readonly string[] Principals = [.. new[] { RouteCatalogue.Anonymous }.Concat(RouteCatalogue.DemoRoles)
        .Where(p => Environment.GetEnvironmentVariable("SCHAKEL_WALK_ROLES") is not { Length: > 0 } only || only.Split(',').Contains(p.Split('@')[0]))];

    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>What a reader sees: the visible text, the texts of visible leaf elements, deliberate codes, icon links.</summary>
    private sealed record PageText(string Text, string[] Leaves, string[] Codes, string[] Icons);

    private const string PageTextScript = """
        () => JSON.stringify({
          Text: document.body.innerText,
          Leaves: Array.from(document.body.querySelectorAll('*')).filter(e => e.childElementCount === 0 && e.checkVisibility()).map(e => e.textContent || ''),
          Codes: Array.from(document.body.querySelectorAll('code')).map(e => e.innerText),
          Icons: Array.from(document.querySelectorAll('link[rel~="icon"]')).map(l => l.href),
        })
        """;

    private static readonly HashSet<string> Assets = new(StringComparer.Ordinal) { "stylesheet", "font", "image", "script", "media", "manifest", "other" };

    [Fact]
    public async Task Every_page_of_every_role_is_accessible_Dutch_and_complete_with_and_without_JavaScript()
    {
        var samples = await RouteCatalogue.SampleValuesAsync(browser.Factory);
        var clock = Stopwatch.StartNew();
        var visits = 0;
        // Three roles at a time: while the server renders one page, the browser checks another, so the walk stays short.
        using var slots = new SemaphoreSlim(3);
        var walks = Principals.Select(async principal =>
        {
            await slots.WaitAsync();
            try
            {
                var pages = RouteCatalogue.PagesFor(principal, samples);
                Interlocked.Add(ref visits, pages.Count);
                return (await WalkAsync(principal, pages)).Concat(await WalkWithoutJavaScriptAsync(principal, pages)).ToList();
            }
            finally
            {
                slots.Release();
            }
        });
        var findings = (await Task.WhenAll(walks)).SelectMany(f => f).ToList();
        clock.Stop();

        var summary = $"{visits} page visits by {Principals.Length} principals in {clock.Elapsed.TotalSeconds:0} s on {browser.Factory.Database.Provider}";
        output.WriteLine(summary);
        var report = Report(findings);
        var file = Path.Combine(ScreenshotArtifacts.Folder("every-page"), $"findings-{browser.Factory.Database.Provider.ToLowerInvariant()}.txt");
        await File.WriteAllTextAsync(file, summary + "\n\n" + report);
        output.WriteLine($"Findings written to {file}");
        findings.Count.ShouldBe(0, $"{summary}; every finding by page (also in {file}):\n{report}");
    }

    private async Task<List<Finding>> WalkAsync(string principal, List<(string Route, string Path, HttpStatusCode Status)> pages)
    {
        var findings = new List<Finding>();
        var page = principal == RouteCatalogue.Anonymous ? await browser.NewPageAsync() : await browser.SignedInPageAsync(principal);
        var current = "(sign-in)";
        var expected = HttpStatusCode.OK;
        void Add(string what) => findings.Add(new(principal, current, what));
        // A page that is an error page by design (403 "geen toegang") makes the browser log its own status; nothing else may.
        page.Console += (_, m) =>
        {
            if (m.Type == "error" && !(expected != HttpStatusCode.OK && m.Text.Contains($"status of {(int)expected}", StringComparison.Ordinal)))
            {
                Add("console error: " + m.Text);
            }
        };
        page.PageError += (_, e) => Add("script error: " + e);
        page.RequestFailed += (_, r) => Add($"request failed: {r.ResourceType} {r.Url} ({r.Failure})");
        page.Response += (_, r) => { if (r.Status is >= 400 or (>= 300 and not 304) && Assets.Contains(r.Request.ResourceType)) { Add($"{r.Status} on {r.Request.ResourceType} {r.Url}"); } };
        var icons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, path, status) in pages)
        {
            current = path;
            expected = status;
            try
            {
                var response = await page.GotoAsync(path);
                if (response?.Status != (int)status)
                {
                    Add($"answered {response?.Status} instead of {(int)status}");
                }
                if (new Uri(page.Url).PathAndQuery != path)
                {
                    Add($"landed on {new Uri(page.Url).PathAndQuery}");
                }
                var axe = await page.RunAxe(Wcag21AA);
                foreach (var v in axe.Violations)
                {
                    Add($"axe {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target)))})");
                }
                var seen = JsonSerializer.Deserialize<PageText>(await page.EvaluateAsync<string>(PageTextScript))!;
                foreach (var what in EveryPageTokens.Findings(seen.Text, seen.Leaves, seen.Codes))
                {
                    Add(what);
                }
                foreach (var icon in seen.Icons.Length > 0 ? seen.Icons : [browser.BaseUrl + "/favicon.ico"])
                {
                    // Not followed: a visitor's icon request that redirects to the sign-in page is a missing icon too.
                    if (icons.Add(icon) && await page.APIRequest.GetAsync(icon, new() { MaxRedirects = 0 }) is { Status: >= 300 } bad)
                    {
                        Add(seen.Icons.Length > 0 ? $"{bad.Status} on favicon {icon}" : $"no icon link, and /favicon.ico answers {bad.Status}");
                    }
                }
            }
            catch (PlaywrightException e)
            {
                Add("could not be checked: " + e.Message.Split('\n')[0]);
            }
        }
        await page.Context.CloseAsync();
        return findings;
    }

    /// <summary>
    /// Every page renders its heading without JavaScript: the HTML as the server sends it, read with the role's cookies
    /// and no script run, answers its expected status and holds exactly one <c>h1</c>.
    /// </summary>
    private async Task<List<Finding>> WalkWithoutJavaScriptAsync(string principal, List<(string Route, string Path, HttpStatusCode Status)> pages)
    {
        var findings = new List<Finding>();
        var page = principal == RouteCatalogue.Anonymous ? await browser.NewPageAsync(javaScript: false) : await browser.SignedInPageAsync(principal, javaScript: false);
        foreach (var (_, path, status) in pages)
        {
            var response = await page.APIRequest.GetAsync(path, new() { MaxRedirects = 0 });
            var headings = Heading().Count(await response.TextAsync());
            if (response.Status != (int)status || headings != 1)
            {
                findings.Add(new(principal, path, $"without JavaScript: answered {response.Status}, {headings} h1 headings"));
            }
        }
        await page.Context.CloseAsync();
        return findings;
    }

    [GeneratedRegex("<h1[\\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    private static string Who(string principal) => principal.Split('@')[0];

    private static string Report(List<Finding> findings)
    {
        var text = new StringBuilder();
        foreach (var byPath in findings.GroupBy(f => f.Path).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(byPath.Key);
            foreach (var byWhat in byPath.GroupBy(f => f.What))
            {
                text.AppendLine($"  - {byWhat.Key} [{string.Join(", ", byWhat.Select(f => Who(f.Principal)).Distinct())}]");
            }
        }
        return text.ToString();
    }
}
