using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.Dashboard;
using Schakel.Web.Features.Dashboard.Aggregates;
using Schakel.Web.Infrastructure.Data;
using Schakel.Testing;

namespace Schakel.Benchmarks.Figures;

/// <summary>
/// Dashboard figures at scale: N signals over five years (2021-2025) in 11 municipalities, each with a possible victim
/// (a fifth with a second person), one or two forms, 5% registered for the table with an agenda decision, 2% in a case
/// with a track. Loaded in bulk (SQLite: one transaction with prepared commands; PostgreSQL: binary COPY), then
/// FigureQueries.BuildAsync is timed per view, each run on a fresh context as a request would have.
/// Usage: figures-scale [1000000] [--runs 5] [--pg "Host=…;Username=…;Password=…"] [--keep]
/// </summary>
public static class FiguresScaleBench
{
    private static readonly string[] Municipalities = ["Zwolle", "Deventer", "Kampen", "Apeldoorn", "Enschede", "Hengelo", "Almelo", "Hardenberg", "Raalte", "Ommen", "Dalfsen"];
    private static readonly string[] Forms = ["SEKSUEEL", "ARBEID", "CRIMINEEL", "ORGAAN"];
    private static readonly string[] Sectors = ["LAND", "HORECA", "BOUW", "LOGISTIEK", "SCHOONMAAK", "ZORG", "OVERIG"];
    private static readonly string[] Melders = ["POLITIE", "GEMEENTE", "ZORG", "BURGER", "NLA", "ANONIEM"];
    private static readonly string[] Nationalities = ["Nederlands", "Pools", "Roemeens", "Bulgaars", "Oekraïens", "Nigeriaans", "Chinees", "Vietnamees", "Braziliaans", "Onbekend", ""];
    private static readonly string[] Ages = [AgeGroups.Minor, AgeGroups.Age18To23, AgeGroups.Age24To30, AgeGroups.Age31To50, AgeGroups.Age51Plus, AgeGroups.Unknown];
    private static readonly string[] Genders = ["V", "M", "X", "ONBEKEND"];
    private static readonly DateTimeOffset First = new(2021, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private const int Days = 5 * 365;

    public static int Run(string[] args) => RunAsync(args).GetAwaiter().GetResult();

    private static async Task<int> RunAsync(string[] args)
    {
        var n = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        var runsAt = Array.IndexOf(args, "--runs");
        var runs = runsAt >= 0 ? int.Parse(args[runsAt + 1], CultureInfo.InvariantCulture) : 5;
        var pgAt = Array.IndexOf(args, "--pg");
        var pg = pgAt >= 0 ? args[pgAt + 1] : null;
        var keep = args.Contains("--keep");
        var trace = args.Contains("--trace");
        var dir = Path.Combine(Path.GetTempPath(), "schakel-figures-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var pgName = "schakel_fig_" + Guid.NewGuid().ToString("N")[..12];
        var pgConn = pg is null ? null : new NpgsqlConnectionStringBuilder(pg) { Database = pgName, CommandTimeout = 600 }.ToString();
        var tracing = false;
        // --trace prints every SQL command of the timed runs with its duration, to see which table costs what.
        T Traced<T>(T builder) where T : DbContextOptionsBuilder => trace
            ? (T)builder.LogTo(m => { if (tracing) { Console.WriteLine(m); } }, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted])
            : builder;
        SchakelDb NewDb() => pg is null
            ? new SqliteSchakelDb(Traced(new DbContextOptionsBuilder<SqliteSchakelDb>().UseSqlite($"Data Source={Path.Combine(dir, "figures.db")}", o => o.CommandTimeout(600))).Options)
            : new PostgresSchakelDb(Traced(new DbContextOptionsBuilder<PostgresSchakelDb>().UseNpgsql(pgConn!, o => o.CommandTimeout(600))).Options);
        try
        {
            int[] municipalityIds;
            await using (var db = NewDb())
            {
                await db.Database.MigrateAsync();
                municipalityIds = await SeedReferenceAsync(db);
                var load = Stopwatch.StartNew();
                var rows = await LoadAsync(db, n, municipalityIds, pg is not null);
                Console.WriteLine($"# provider={(pg is null ? "sqlite" : "postgres")} signals={n} rows={rows} load_s={load.Elapsed.TotalSeconds:0.0}");
                var analyse = Stopwatch.StartNew();
                await db.Database.ExecuteSqlRawAsync(pg is null ? "ANALYZE" : "VACUUM ANALYZE");
                Console.WriteLine($"# analyze_s={analyse.Elapsed.TotalSeconds:0.0}");
                // The bulk load bypasses SaveChanges, so nothing marked the months: count them all once.
                var rebuild = Stopwatch.StartNew();
                await new FigureAggregator(db).RebuildAllAsync(CancellationToken.None);
                var counts = await db.Set<FigureMonthCount>().CountAsync();
                Console.WriteLine($"# rebuild_s={rebuild.Elapsed.TotalSeconds:0.0} figure_rows={counts}");
                await db.Database.ExecuteSqlRawAsync(pg is null ? "ANALYZE" : "VACUUM ANALYZE");
            }
            var views = new (string Name, FigureFilter Filter)[]
            {
                ("region, 2025", new(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31))),
                ("region, default period 2024-01-01..2025-12-31", new(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31))),
                ("region, all five years", new(new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31))),
                ("Zwolle, 2025", new(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), municipalityIds[0])),
                ("Zwolle, all five years", new(new DateOnly(2021, 1, 1), new DateOnly(2025, 12, 31), municipalityIds[0])),
                ("region, one quarter 2025-Q2", new(new DateOnly(2025, 4, 1), new DateOnly(2025, 6, 30))),
            };
            Console.WriteLine("provider,view,runs,p50_ms,max_ms");
            tracing = trace;
            foreach (var (name, filter) in views)
            {
                var times = new List<double>();
                for (var i = 0; i <= runs; i++)
                {
                    await using var db = NewDb();
                    var sw = Stopwatch.StartNew();
                    var set = await new FigureQueries(db).BuildAsync(filter, CancellationToken.None);
                    sw.Stop();
                    if (i > 0)
                    {
                        times.Add(sw.Elapsed.TotalMilliseconds);
                    }
                    else if (set.Tables.Count == 0)
                    {
                        throw new InvalidOperationException("no tables");
                    }
                }
                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{(pg is null ? "sqlite" : "postgres")},\"{name}\",{runs},{times[times.Count / 2]:0},{times[^1]:0}"));
            }
            return 0;
        }
        finally
        {
            if (!keep)
            {
                if (pg is not null)
                {
                    NpgsqlConnection.ClearAllPools();
                    await using var admin = new NpgsqlConnection(pg);
                    await admin.OpenAsync();
                    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {pgName} WITH (FORCE)", admin);
                    await drop.ExecuteNonQueryAsync();
                }
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private static async Task<int[]> SeedReferenceAsync(SchakelDb db)
    {
        var region = new Region { Name = "Benchregio" };
        db.Add(region);
        await db.SaveChangesAsync();
        var orgs = Municipalities.Select(m => new Organisation { Name = m, Kind = OrganisationKind.Municipality, RegionId = region.Id, Active = true }).ToList();
        db.AddRange(orgs);
        var sort = 0;
        foreach (var (list, codes) in new[] { (ReferenceList.ExploitationForm, Forms), (ReferenceList.Sector, Sectors), (ReferenceList.MelderType, Melders) })
        {
            foreach (var code in codes)
            {
                if (!await db.ReferenceItems.AnyAsync(r => r.List == list && r.Code == code))
                {
                    db.ReferenceItems.Add(new ReferenceItem { List = list, Code = code, Label = code, SortOrder = ++sort });
                }
            }
        }
        db.Add(new RegionalTable { RegionId = region.Id, Name = "Benchtafel" });
        await db.SaveChangesAsync();
        return orgs.Select(o => o.Id).ToArray();
    }

    /// <summary>Deterministic synthetic data; returns the number of rows written.</summary>
    private static async Task<long> LoadAsync(SchakelDb db, int n, int[] municipalityIds, bool postgres)
    {
        var random = new Random(42);
        var table = await db.Set<RegionalTable>().Select(t => t.Id).FirstAsync();
        // Meetings every two weeks, cases for 2% of the signals (each with one track); both through EF, they are few.
        var meetings = Enumerable.Range(0, Days / 14 + 1).Select(i => new TableMeeting { TableId = table, StartsAt = First.AddDays(i * 14) }).ToList();
        db.AddRange(meetings);
        await db.SaveChangesAsync();
        var caseCount = n / 50;
        var cases = new List<TableCase>(caseCount);
        for (var i = 0; i < caseCount; i++)
        {
            var opened = First.AddDays(random.Next(Days));
            var c = new TableCase { Reference = $"C-{i}", TableId = table, MunicipalityId = municipalityIds[random.Next(municipalityIds.Length)], OpenedAt = opened };
            c.Tracks.Add(new CaseTrack { Kind = (TrackKind)(1 + random.Next(Enum.GetValues<TrackKind>().Length)), OpenedAt = opened }.Stored(t => t.Status, random.Next(2) == 0 ? TrackStatus.Open : TrackStatus.Closed));
            cases.Add(c);
        }
        foreach (var chunk in cases.Chunk(5000))
        {
            db.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        var caseIds = cases.Select(c => c.Id).ToArray();

        var signals = new List<object?[]>(n);
        var subjects = new List<object?[]>(n * 6 / 5);
        var forms = new List<object?[]>(n * 3 / 2);
        var agenda = new List<AgendaItem>();
        var subjectId = 0;
        for (var id = 1; id <= n; id++)
        {
            var received = First.AddDays(random.Next(Days)).AddMinutes(random.Next(24 * 60));
            var municipality = random.Next(20) == 0 ? (int?)null : municipalityIds[random.Next(municipalityIds.Length)];
            var kind = random.Next(5) == 0 ? SignalKind.AdviceQuestion : SignalKind.Report;
            var registered = kind == SignalKind.Report && random.Next(20) == 0;
            int? caseId = registered && random.Next(5) < 2 ? caseIds[random.Next(caseIds.Length)] : null;
            signals.Add([id, $"B-{id}", (int)kind, 1, (int)SignalStatus.HandledLocally, Melders[random.Next(Melders.Length)], received, municipality,
                Sectors[random.Next(Sectors.Length)], false, 1, 1, 0, caseId, registered ? received.AddDays(3) : null]);
            if (registered)
            {
                agenda.Add(new AgendaItem { MeetingId = meetings[Math.Min(meetings.Count - 1, (int)((received - First).TotalDays / 14) + 1)].Id, Section = AgendaSection.NewSignal, Position = 1, SignalId = id,
                    ReasonableSuspicion = caseId is not null, Outcome = caseId is not null ? TableOutcome.Tracks : TableOutcome.NoFurtherAction, DecidedAt = received.AddDays(10) });
            }
            var people = random.Next(5) == 0 ? 2 : 1;
            for (var p = 0; p < people; p++)
            {
                var lives = municipalityIds[random.Next(municipalityIds.Length)];
                var works = random.Next(3) == 0 ? lives : municipalityIds[random.Next(municipalityIds.Length)];
                subjects.Add([++subjectId, id, p == 0 ? (int)SubjectRole.PossibleVictim : 1 + random.Next(3), Ages[random.Next(Ages.Length)], Genders[random.Next(Genders.Length)],
                    Nationalities[random.Next(Nationalities.Length)], random.Next(4) == 0 ? null : lives, random.Next(3) == 0 ? null : works,
                    random.Next(6) == 0 ? municipalityIds[random.Next(municipalityIds.Length)] : null, 0]);
            }
            var first = random.Next(Forms.Length);
            forms.Add([id, Forms[first]]);
            if (random.Next(3) == 0)
            {
                forms.Add([id, Forms[(first + 1) % Forms.Length]]);
            }
        }

        string[] signalColumns = ["Id", "Reference", "Kind", "Channel", "Status", "MelderTypeCode", "ReceivedAt", "MunicipalityId", "SectorCode", "IsAcute", "AssessedLevel", "SuggestedRoute", "Version", "CaseId", "RegisteredForTableAt"];
        string[] subjectColumns = ["Id", "SignalId", "Role", "AgeGroup", "Gender", "Nationality", "LivesInMunicipalityId", "WorksInMunicipalityId", "FoundInMunicipalityId", "Version"];
        string[] formColumns = ["SignalId", "FormCode"];
        var conn = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        if (postgres)
        {
            var npg = (NpgsqlConnection)conn;
            await CopyAsync(npg, "Signals", signalColumns, signals);
            await CopyAsync(npg, "Subjects", subjectColumns, subjects);
            await CopyAsync(npg, "SignalForm", formColumns, forms);
            foreach (var t in new[] { "Signals", "Subjects" })
            {
                await using var seq = new NpgsqlCommand($"SELECT setval(pg_get_serial_sequence('\"{t}\"', 'Id'), (SELECT max(\"Id\") FROM \"{t}\"))", npg);
                await seq.ExecuteScalarAsync();
            }
        }
        else
        {
            var toBinary = new DateTimeOffsetToBinaryConverter();
            object? Convert(object? v) => v is DateTimeOffset d ? toBinary.ConvertToProvider(d) : v;
            await using var tx = await conn.BeginTransactionAsync();
            await InsertAsync(conn, tx, "Signals", signalColumns, signals, Convert);
            await InsertAsync(conn, tx, "Subjects", subjectColumns, subjects, Convert);
            await InsertAsync(conn, tx, "SignalForm", formColumns, forms, Convert);
            await tx.CommitAsync();
        }
        await db.Database.CloseConnectionAsync();
        foreach (var chunk in agenda.Chunk(5000))
        {
            db.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return signals.Count + subjects.Count + forms.Count + agenda.Count + cases.Count * 2 + meetings.Count;
    }

    private static async Task InsertAsync(DbConnection conn, DbTransaction tx, string table, string[] columns, List<object?[]> rows, Func<object?, object?> convert)
    {
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) => { var p = cmd.CreateParameter(); p.ParameterName = "$p" + i; cmd.Parameters.Add(p); return p; }).ToArray();
        await cmd.PrepareAsync();
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                parameters[i].Value = convert(row[i]) ?? DBNull.Value;
            }
            await cmd.ExecuteNonQueryAsync();
        }
    }

    private static async Task CopyAsync(NpgsqlConnection conn, string table, string[] columns, List<object?[]> rows)
    {
        await using var writer = await conn.BeginBinaryImportAsync($"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            foreach (var value in row)
            {
                switch (value)
                {
                    case null: await writer.WriteNullAsync(); break;
                    case int i: await writer.WriteAsync(i, NpgsqlDbType.Integer); break;
                    case string s: await writer.WriteAsync(s, NpgsqlDbType.Varchar); break;
                    case bool b: await writer.WriteAsync(b, NpgsqlDbType.Boolean); break;
                    case DateTimeOffset d: await writer.WriteAsync(d.ToUniversalTime(), NpgsqlDbType.TimestampTz); break;
                    default: throw new InvalidOperationException("unexpected " + value.GetType());
                }
            }
        }
        await writer.CompleteAsync();
    }
}
