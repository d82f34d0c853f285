using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Linking.Normalization;
using Schakel.Testing.Linking;
using Schakel.Core.Signals;
using Schakel.Web.Features.Linking;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Benchmarks.Linking;

/// <summary>
/// Live matching through the database index (what the app does on intake): N subjects with their keys in SQLite
/// (WAL, synchronous=FULL, as the app runs it) or PostgreSQL, then 200 new subjects matched one at a time.
/// Reports the lookup + scoring time and the full update (keys + candidates saved) per subject.
/// Usage: link-db [10000,100000] [--pg "Host=…;Username=…;Password=…"]
/// </summary>
public static class LinkDbBench
{
    private const int Probes = 200;

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var sizes = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal)
            ? args[0].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()
            : [10_000, 100_000];
        var pgIndex = Array.IndexOf(args, "--pg");
        var pg = pgIndex >= 0 ? args[pgIndex + 1] : null;
        Console.WriteLine("provider,subjects,keys,load_s,find_p50_ms,find_p99_ms,update_p50_ms,update_p99_ms,avg_candidates");
        foreach (var n in sizes)
        {
            await RunOneAsync(n, pg);
        }
        return 0;
    }

    private static async Task RunOneAsync(int n, string? pg)
    {
        var dir = Path.Combine(Path.GetTempPath(), "schakel-link-db-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var pgName = "schakel_bench_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await using var db = pg is null
                ? (SchakelDb)new SqliteSchakelDb(new DbContextOptionsBuilder<SqliteSchakelDb>().UseSqlite($"Data Source={Path.Combine(dir, "bench.db")}").Options)
                : new PostgresSchakelDb(new DbContextOptionsBuilder<PostgresSchakelDb>().UseNpgsql(new Npgsql.NpgsqlConnectionStringBuilder(pg) { Database = pgName }.ToString()).Options);
            await db.Database.MigrateAsync();
            if (pg is null)
            {
                await db.Database.OpenConnectionAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
            }

            var data = SyntheticSignals.Generate(n + Probes, seed: 42);
            var load = Stopwatch.StartNew();
            var keys = 0L;
            for (var start = 0; start < n; start += 5000)
            {
                var batch = data.Records.Skip(start).Take(Math.Min(5000, n - start)).Select((r, i) => ToSignal(r, start + i)).ToList();
                db.Signals.AddRange(batch);
                await db.SaveChangesAsync();
                foreach (var subject in batch.SelectMany(s => s.Subjects))
                {
                    foreach (var k in SubjectRecords.Keys(SubjectRecords.Features(subject)))
                    {
                        db.Set<SubjectKey>().Add(new SubjectKey { SubjectId = subject.Id, Kind = Core.Linking.BlockingKeys.KindOf(k), Key = unchecked((long)k) });
                        keys++;
                    }
                }
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
            load.Stop();
            if (pg is not null)
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE");
            }

            var find = new List<double>();
            var update = new List<double>();
            var candidates = 0L;
            for (var i = 0; i < Probes; i++)
            {
                var signal = ToSignal(data.Records[n + i], n + i);
                db.Signals.Add(signal);
                await db.SaveChangesAsync();
                var subject = signal.Subjects[0];
                var features = SubjectRecords.Features(subject);
                var sw = Stopwatch.StartNew();
                var found = await SubjectKeys.FindCandidatesAsync(db, subject, features, SubjectRecords.Keys(features), CancellationToken.None);
                find.Add(sw.Elapsed.TotalMilliseconds);
                candidates += found.Count;
                sw.Restart();
                await SubjectKeys.UpdateAsync(db, [subject], TimeProvider.System);
                update.Add(sw.Elapsed.TotalMilliseconds);
                db.ChangeTracker.Clear();
            }
            Console.WriteLine(string.Join(',', pg is null ? "sqlite" : "postgres", n, keys, load.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture),
                P(find, 0.5), P(find, 0.99), P(update, 0.5), P(update, 0.99), ((double)candidates / Probes).ToString("F2", CultureInfo.InvariantCulture)));
            if (pg is not null)
            {
                await db.Database.EnsureDeletedAsync();
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static Signal ToSignal(Core.Linking.SubjectRecord r, int i)
    {
        var dob = DateOfBirth.TryParse(r.DateOfBirth, out var d) && !d.IsYearOnly && d.Day > 0 ? new DateOnly(d.Year, d.Month, d.Day) : (DateOnly?)null;
        return new Signal
        {
            Reference = $"MH-B{i:D8}", MelderTypeCode = "BURGER", ReceivedAt = DateTimeOffset.UtcNow,
            Subjects = [new Subject
            {
                FullName = r.FullName, DateOfBirth = dob, Phones = r.Phone, Emails = r.Email, Street = r.Street, HouseNumber = r.HouseNumber,
                Postcode = r.Postcode, City = r.City, LicensePlates = r.LicensePlate, Handles = r.Handle,
            }],
        };
    }

    private static string P(List<double> values, double q)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)].ToString("F2", CultureInfo.InvariantCulture);
    }
}
