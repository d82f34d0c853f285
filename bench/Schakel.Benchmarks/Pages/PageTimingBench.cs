using System.Diagnostics;
using System.Globalization;
using System.Net;
using Schakel.Testing;

namespace Schakel.Benchmarks.Pages;

/// <summary>
/// Server time of every page of the route list on the demo data: the app runs in-process (the test host, no network),
/// each demo role and a visitor sign in and request every page they may open, once to warm up and then N times; the
/// time is from sending the request to having read the whole body. Also the gzip weight of the CSS and the fonts a page
/// loads. Usage: pages [--runs 20] [--pg "Host=…;Username=…;Password=…"]
/// </summary>
public static class PageTimingBench
{
    private const double TargetMs = 100, BudgetBytes = 200_000;

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private sealed class QuietFactory : SchakelFactory
    {
        // One log line per request would be part of the measured time; only warnings are kept.
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            [new("Logging:LogLevel:Default", "Warning"), new("Logging:LogLevel:Schakel", "Warning"), new("Logging:LogLevel:Microsoft", "Warning")];
    }

    private static async Task<int> RunAsync(string[] args)
    {
        var runsAt = Array.IndexOf(args, "--runs");
        var runs = runsAt >= 0 ? int.Parse(args[runsAt + 1], CultureInfo.InvariantCulture) : 20;
        var pgAt = Array.IndexOf(args, "--pg");
        if (pgAt >= 0)
        {
            Environment.SetEnvironmentVariable("SCHAKEL_TEST_DB", "Postgres");
            Environment.SetEnvironmentVariable("SCHAKEL_TEST_PG", args[pgAt + 1]);
        }

        // Outside a test project the factory finds the app's content root by this variable.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SCHAKEL_WEB", Path.Combine(RepositoryRoot(), "src", "Schakel.Web"));
        await using var factory = new QuietFactory();
        var started = Stopwatch.StartNew();
        var samples = await RouteCatalogue.SampleValuesAsync(factory);
        Console.WriteLine($"App started on {factory.Database.Provider} with the demo data in {started.Elapsed.TotalSeconds:0.0} s; {runs} runs per page after one warm-up.");

        var timings = new List<(string Who, string Path, double P50, double P95, double Max)>();
        foreach (var principal in new[] { RouteCatalogue.Anonymous }.Concat(RouteCatalogue.DemoRoles))
        {
            var session = principal == RouteCatalogue.Anonymous ? WebSession.Anonymous(factory) : await WebSession.SignedInAsync(factory, principal);
            foreach (var (_, path, status) in RouteCatalogue.PagesFor(principal, samples))
            {
                var times = new List<double>();
                for (var i = 0; i <= runs; i++)
                {
                    var clock = Stopwatch.StartNew();
                    using var response = await session.GetAsync(path);
                    await response.Content.ReadAsByteArrayAsync();
                    clock.Stop();
                    if (response.StatusCode != status)
                    {
                        Console.WriteLine($"  {principal} {path}: {(int)response.StatusCode} instead of {(int)status}");
                        break;
                    }
                    if (i > 0)
                    {
                        times.Add(clock.Elapsed.TotalMilliseconds);
                    }
                }
                if (times.Count > 0)
                {
                    times.Sort();
                    timings.Add((principal.Split('@')[0], path, Percentile(times, 0.50), Percentile(times, 0.95), times[^1]));
                }
            }
        }

        var slowest = timings.OrderByDescending(t => t.P50).ToList();
        Console.WriteLine($"\n{timings.Count} pages (role × path), {timings.Count * runs} timed requests. Slowest 10 by p50 (ms):\n");
        Console.WriteLine("| page | role | p50 | p95 | max |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var t in slowest.Take(10))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{Shorten(t.Path, samples)}` | {t.Who} | {t.P50:0.0} | {t.P95:0.0} | {t.Max:0.0} |"));
        }
        var all = timings.Select(t => t.P50).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nMedian page p50 {Percentile(all, 0.5):0.0} ms; heaviest page p50 {slowest[0].P50:0.0} ms (target <= {TargetMs} ms): {(slowest[0].P50 <= TargetMs ? "met" : "NOT met")}."));

        var weightOk = true;
        foreach (var (principal, path) in new[] { (RouteCatalogue.Anonymous, "/inloggen"), (RouteCatalogue.Keten, "/") })
        {
            var session = principal == RouteCatalogue.Anonymous ? WebSession.Anonymous(factory) : await WebSession.SignedInAsync(factory, principal);
            var assets = await PageWeight.CssAndFontsAsync(session.Client, path, await session.GetHtmlAsync(path));
            var total = assets.Sum(a => a.Gzip);
            weightOk &= total <= BudgetBytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"\nCSS + fonts of {path} ({principal.Split('@')[0]}): {total / 1000.0:0.0} KB gzip, {assets.Sum(a => a.Bytes) / 1000.0:0.0} KB raw (budget {BudgetBytes / 1000} KB)"));
            foreach (var a in assets)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {a.Url}: {a.Bytes / 1000.0:0.0} KB, gzip {a.Gzip / 1000.0:0.0} KB"));
            }
        }
        return slowest[0].P50 <= TargetMs && weightOk ? 0 : 1;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Schakel.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Schakel.slnx not found above " + AppContext.BaseDirectory);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>The path with sample values turned back into their placeholder names, so the table reads the same on every run.</summary>
    private static string Shorten(string path, Dictionary<string, string> samples) =>
        samples.Where(kv => kv.Value.Length > 2).OrderByDescending(kv => kv.Value.Length)
            .Aggregate(path, (p, kv) => p.Replace("/" + kv.Value, "/{" + kv.Key + "}", StringComparison.Ordinal).Replace("=" + kv.Value, "={" + kv.Key + "}", StringComparison.Ordinal));
}
