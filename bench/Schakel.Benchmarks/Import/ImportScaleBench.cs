using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Organisations;
using Schakel.Testing;
using ImportReport = Schakel.Web.Features.Import.ImportReport;
using Schakel.Web.Features.Import;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Benchmarks.Import;

/// <summary>
/// The history import at scale: N signals (1.3 persons each) from one .xlsx and from one CSV, each into a fresh app
/// with the IJsselland demo region, through the app's own engine (validated, imported, linking keys, figures recounted).
/// While it runs an AF opens the queue page (/meldingen) over and over; its p95 is reported. Peak memory is the whole
/// process (app and import).
/// Usage: import-scale [100000] [--format xlsx|csv|both] [--pg "Host=…;Username=…;Password=…"]
/// </summary>
public static class ImportScaleBench
{
    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var n = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        var formatAt = Array.IndexOf(args, "--format");
        var format = formatAt >= 0 ? args[formatAt + 1] : "both";
        var pgAt = Array.IndexOf(args, "--pg");
        if (pgAt >= 0)
        {
            Environment.SetEnvironmentVariable("SCHAKEL_TEST_DB", "Postgres");
            Environment.SetEnvironmentVariable("SCHAKEL_TEST_PG", args[pgAt + 1]);
        }
        // The app's content root, found from the repository root, as the test projects find it.
        var root = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Schakel.slnx")))
        {
            root = root.Parent;
        }
        if (root is not null)
        {
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_SCHAKEL_WEB", Path.Combine(root.FullName, "src", "Schakel.Web"));
        }
        var dir = Path.Combine(Path.GetTempPath(), "schakel-import-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var kind in format == "both" ? ["xlsx", "csv"] : new[] { format })
            {
                await RunOneAsync(n, kind, dir);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        return 0;
    }

    private static async Task RunOneAsync(int n, string kind, string dir)
    {
        using var factory = new SchakelFactory();
        var (region, municipalities) = await factory.WithAsync(async db =>
        {
            var zwolle = await db.Organisations.SingleAsync(o => o.Name == "Zwolle");
            var names = await db.Organisations.Where(o => o.RegionId == zwolle.RegionId && o.Kind == OrganisationKind.Municipality).Select(o => o.Name).ToListAsync();
            return (zwolle.RegionId, names);
        });
        var path = Path.Combine(dir, $"historie-{n}.{kind}");
        var written = Stopwatch.StartNew();
        if (kind == "xlsx")
        {
            HistoryFileGenerator.WriteXlsx(path, HistoryFileGenerator.Rows(n, municipalities));
        }
        else
        {
            HistoryFileGenerator.WriteCsv(path, HistoryFileGenerator.Rows(n, municipalities));
        }
        Console.WriteLine($"{kind}: {n} signals written in {written.Elapsed.TotalSeconds:F1} s ({new FileInfo(path).Length / 1_048_576.0:F1} MB), database {factory.Database.Provider}");

        var session = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        (await session.GetAsync("/meldingen")).EnsureSuccessStatusCode();
        var file = ImportFile.FromPath(path);
        ImportRequest request;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var preview = await scope.ServiceProvider.GetRequiredService<ImportEngine>().PreviewAsync(file, region, "Bench", null, CancellationToken.None);
            request = new ImportRequest(file, region, "Bench", preview.Mapping, null);
        }

        using var stop = new CancellationTokenSource();
        var latencies = new List<double>();
        var queue = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var t = Stopwatch.StartNew();
                (await session.GetAsync("/meldingen")).EnsureSuccessStatusCode();
                latencies.Add(t.Elapsed.TotalMilliseconds);
                await Task.Delay(200);
            }
        });
        var watch = Stopwatch.StartNew();
        ImportReport report;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var engine = scope.ServiceProvider.GetRequiredService<ImportEngine>();
            var batch = await engine.CreateBatchAsync(request, CancellationToken.None);
            report = await engine.RunAsync(batch.Id, request, null, CancellationToken.None);
        }
        var elapsed = watch.Elapsed;
        await stop.CancelAsync();
        await queue;
        var keys = await factory.WithAsync(db => db.Set<Schakel.Web.Features.Linking.Contracts.SubjectKey>().CountAsync());
        latencies.Sort();
        var p95 = latencies.Count == 0 ? 0 : latencies[(int)Math.Ceiling(latencies.Count * 0.95) - 1];
        Console.WriteLine(
            $"{kind} on {factory.Database.Provider}: {report.RowsRead} rows, {report.SignalsInserted} signals, {report.PersonsInserted} persons, {report.SignalsRefused} refused, {keys} linking keys in total; " +
            $"{elapsed.TotalSeconds:F1} s ({report.RowsRead / elapsed.TotalSeconds:F0} rows/s), peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MB; " +
            $"queue page during import: {latencies.Count} requests, p95 {p95:F0} ms");
        foreach (var message in report.FileMessages.Concat(report.ProblemTexts).Take(5))
        {
            Console.WriteLine("  " + message);
        }
    }
}
