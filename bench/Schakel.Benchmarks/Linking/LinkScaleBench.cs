using System.Diagnostics;
using System.Globalization;
using Schakel.Core.Linking;
using Schakel.Testing.Linking;

namespace Schakel.Benchmarks.Linking;

/// <summary>
/// <c>link-scale [sizes...] [--no-index] [--no-cli]</c>: runs the real <c>schakel link</c> executable end to end on
/// generated CSVs (default 100k, 300k and 1M rows) and reports time, pairs scored and peak memory as printed by
/// <c>--stats</c>; then measures live matching of one subject against a <see cref="SubjectIndex"/> of the largest size.
/// Generated inputs are cached in the temp folder (same seed, same file).
/// </summary>
public static class LinkScaleBench
{
    public static int Run(string[] args)
    {
        var sizes = args.Where(a => int.TryParse(a, out _)).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList();
        if (sizes.Count == 0)
        {
            sizes = [100_000, 300_000, 1_000_000];
        }
        var dir = Path.Combine(Path.GetTempPath(), "schakel-link-bench");
        Directory.CreateDirectory(dir);
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GB, {Environment.OSVersion}, .NET {Environment.Version}");
        if (!args.Contains("--no-cli"))
        {
            foreach (var size in sizes)
            {
                var input = Path.Combine(dir, $"signals-{size}.csv");
                if (!File.Exists(input))
                {
                    var gen = Stopwatch.StartNew();
                    SignalCsvWriter.Write(SyntheticSignals.Generate(size, seed: 7).Records, input);
                    Console.WriteLine($"generated {input} in {gen.Elapsed.TotalSeconds:0.0} s");
                }
                RunCli(input, Path.Combine(dir, $"links-{size}.csv"));
            }
        }
        if (!args.Contains("--no-index"))
        {
            IndexLatency(sizes.Max());
        }
        return 0;
    }

    private static void RunCli(string input, string output)
    {
        var exe = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "schakel.exe" : "schakel");
        var psi = new ProcessStartInfo(exe) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "link", "--input", input, "--output", output, "--stats" })
        {
            psi.ArgumentList.Add(a);
        }
        var wall = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEnd();
        p.WaitForExit();
        var stats = err.Split('\n').LastOrDefault(l => l.StartsWith("stats:", StringComparison.Ordinal)) ?? err.Trim();
        Console.WriteLine($"{Path.GetFileName(input)}: exit={p.ExitCode} wall_s={wall.Elapsed.TotalSeconds:0.00} {stats}");
    }

    private static void IndexLatency(int size)
    {
        var data = SyntheticSignals.Generate(size, seed: 7);
        var index = new SubjectIndex();
        var build = Stopwatch.StartNew();
        foreach (var r in data.Records)
        {
            index.Add(r);
        }
        build.Stop();
        GC.Collect();
        var memory = GC.GetTotalMemory(forceFullCollection: true) / (1024 * 1024);

        // Queries: existing registrations under a new id, so each finds its own duplicates and namesakes.
        var rng = new Random(11);
        const int queries = 20_000;
        var times = new double[queries];
        var found = 0L;
        for (var q = 0; q < 1000; q++)
        {
            index.FindCandidates(data.Records[rng.Next(data.Records.Count)] with { SubjectId = "Q" });
        }
        for (var q = 0; q < queries; q++)
        {
            var probe = data.Records[rng.Next(data.Records.Count)] with { SubjectId = "Q" + q.ToString(CultureInfo.InvariantCulture) };
            var t = Stopwatch.GetTimestamp();
            found += index.FindCandidates(probe).Count;
            times[q] = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"index: subjects={index.Count} build_s={build.Elapsed.TotalSeconds:0.0} managed_mb={memory} queries={queries} p50_ms={times[queries / 2]:0.000} p99_ms={times[queries * 99 / 100]:0.000} max_ms={times[^1]:0.000} avg_candidates={(double)found / queries:0.0}"));
    }
}
