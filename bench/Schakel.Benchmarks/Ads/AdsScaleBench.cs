using System.Diagnostics;
using System.Globalization;
using System.Text;
using Schakel.Core.Ads;

namespace Schakel.Benchmarks.Ads;

/// <summary>
/// End-to-end scale check of <c>schakel ads score</c>: generates synthetic ads, then runs the real
/// command-line tool as a child process (startup, CSV reading, scoring, clustering, writing) and reports
/// wall-clock times, plus an in-process breakdown of import and screening.
/// Usage: ads-scale [--count 100000] [--seed 42] [--runs 3] [--dir path]
/// </summary>
public static class AdsScaleBench
{
    public static int Run(string[] args)
    {
        var count = IntArg(args, "--count", 100_000);
        var seed = IntArg(args, "--seed", 42);
        var runs = IntArg(args, "--runs", 3);
        var dir = StringArg(args, "--dir") ?? Path.Combine(Path.GetTempPath(), "schakel-ads-scale");
        Directory.CreateDirectory(dir);
        var input = Path.Combine(dir, $"ads-{count}-{seed}.csv");
        var output = Path.Combine(dir, $"scored-{count}-{seed}.csv");
        var clusters = Path.Combine(dir, $"clusters-{count}-{seed}.csv");
        var now = new DateTime(2026, 11, 23, 0, 0, 0, DateTimeKind.Utc);

        var sw = Stopwatch.StartNew();
        using (var writer = new StreamWriter(input, false, new UTF8Encoding(false)))
        {
            new SyntheticAdGenerator(seed, now).WriteCsv(writer, count);
        }
        Console.WriteLine($"generated {count:N0} ads ({new FileInfo(input).Length / 1024.0 / 1024.0:F1} MB) in {sw.Elapsed.TotalSeconds:F2} s -> {input}");

        var cli = Path.Combine(AppContext.BaseDirectory, "schakel.dll");
        var times = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            var (seconds, exit, stderrLines) = RunCli(cli, input, output, clusters);
            times.Add(seconds);
            Console.WriteLine($"run {run}: schakel ads score exit {exit}, {seconds:F2} s wall clock, {stderrLines} stderr lines");
            if (exit is not (0 or 1))
            {
                return 1;
            }
        }
        times.Sort();
        Console.WriteLine($"end to end (CLI process): min {times[0]:F2} s, median {times[times.Count / 2]:F2} s over {runs} runs");

        InProcessBreakdown(input, now);
        Summarise(output, clusters);
        return 0;
    }

    private static (double Seconds, int Exit, int StderrLines) RunCli(string cli, string input, string output, string clusters)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { cli, "ads", "score", "--input", input, "--output", output, "--clusters", clusters })
        {
            start.ArgumentList.Add(a);
        }
        var sw = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        sw.Stop();
        var lines = stderr.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var line in lines.Take(5))
        {
            Console.WriteLine("  stderr: " + line);
        }
        return (sw.Elapsed.TotalSeconds, process.ExitCode, lines.Length);
    }

    private static void InProcessBreakdown(string input, DateTime now)
    {
        // Second pass so the JIT is warm: this shows where the time goes, not startup.
        for (var pass = 0; pass < 2; pass++)
        {
            var sw = Stopwatch.StartNew();
            var text = File.ReadAllText(input);
            var read = sw.Elapsed.TotalSeconds;
            var import = AdCsvImporter.Import(text, now);
            var imported = sw.Elapsed.TotalSeconds;
            var result = new AdScreeningEngine().Screen(import.Ads);
            var screened = sw.Elapsed.TotalSeconds;
            if (pass == 1)
            {
                Console.WriteLine($"in process (warm): read {read:F2} s, import {imported - read:F2} s, score+cluster {screened - imported:F2} s, total {screened:F2} s; " +
                    $"{result.Ads.Count:N0} ads, {result.Clusters.Count:N0} clusters, {result.Ads.Count(a => a.Flagged):N0} flagged");
            }
        }
    }

    private static void Summarise(string output, string clusters)
    {
        var rows = File.ReadLines(output).Skip(1).Select(l => l.Split(',')).ToList();
        var byIndicator = rows.SelectMany(r => r[2].Split(';', StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count():N0}");
        Console.WriteLine("indicators fired: " + string.Join(", ", byIndicator));
        var flagged = rows.Count(r => double.Parse(r[1], CultureInfo.InvariantCulture) >= 0.5);
        var sizes = File.ReadLines(clusters).Skip(1).Select(l => int.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToList();
        Console.WriteLine($"ads {rows.Count:N0}, flagged (>= 0.5) {flagged:N0}, clusters {sizes.Count:N0}, singletons {sizes.Count(s => s == 1):N0}, largest cluster {sizes.Max():N0} ads");
    }

    private static int IntArg(string[] args, string name, int fallback) =>
        StringArg(args, name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

    private static string? StringArg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
