using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Features.Dashboard.Contracts;
using Schakel.Web.Features.Shared;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Import;

/// <summary>
/// The history import. The flow a page or the CLI follows:
/// <list type="number">
/// <item><see cref="PreviewAsync"/>: header, columns, samples and the starting mapping (stored for the source, else guessed).</item>
/// <item><see cref="DryRunAsync"/>: reads every row with the mapping and writes nothing; per signal what would happen and why
/// not, per source value what code it becomes (with a suggestion). Repeat after correcting the mapping.</item>
/// <item><see cref="CreateBatchAsync"/>: stores the mapping for the source and a Pending <see cref="ImportBatch"/>.</item>
/// <item><see cref="RunAsync"/>: imports in chunks of <see cref="ChunkSize"/> rows, each chunk one transaction, progress after each;
/// safe to run in a background service (it uses only its own scope's context). Counts are written on the batch per chunk.</item>
/// <item><see cref="RollbackAsync"/>: within 30 days, removes the batch's signals and restores what its updates changed.</item>
/// </list>
/// A row never half-applies: a signal with any refusing problem is not written at all. <see cref="ImportFileException"/>
/// (Dutch message) comes out of Preview and DryRun for a file that cannot be read; RunAsync records it on the batch instead.
/// </summary>
public sealed partial class ImportEngine(SchakelDb db, AuditLog audit, TimeProvider clock, ILogger<ImportEngine> logger)
{
    /// <summary>Rows per transaction (PostgreSQL).</summary>
    public const int ChunkSize = 2000;

    /// <summary>
    /// Rows per transaction on SQLite, whose one write lock every other writer (intake, outbox, audit) waits for: a
    /// smaller chunk keeps their wait short on a busy machine, at the cost of a few more commits.
    /// </summary>
    public const int SqliteChunkSize = 500;

    private const int SampleRows = 5;

    public async Task<ImportPreview> PreviewAsync(ImportFile file, int regionId, string sourceName, int? headerRow, CancellationToken ct)
    {
        var source = await FindSourceAsync(regionId, sourceName, ct);
        var stored = source?.Mapping;
        using var sheet = ImportFileReader.Open(file, headerRow ?? stored?.HeaderRow);
        var samples = sheet.Rows().Take(SampleRows).ToList();
        var mapping = stored?.Clone() ?? new ImportMapping();
        mapping.HeaderRow = headerRow ?? stored?.HeaderRow;
        // Columns the stored mapping names but this file lacks are dropped; fields it leaves open are guessed.
        foreach (var (field, header) in mapping.Columns.ToList())
        {
            if (sheet.Column(header) is null)
            {
                mapping.Columns.Remove(field);
            }
        }
        foreach (var (field, header) in ColumnGuesser.Guess(sheet.Columns))
        {
            if (!mapping.Columns.ContainsKey(field) && !mapping.Columns.ContainsValue(header))
            {
                mapping.Columns[field] = header;
            }
        }
        return new ImportPreview(sheet.HeaderRow, sheet.Columns, samples, mapping, stored is not null, sheet.Messages, sheet.RowsEstimate);
    }

    public async Task<ImportReport> DryRunAsync(ImportRequest request, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var book = await ImportCodeBook.LoadAsync(db, request.RegionId, ct);
        var source = await FindSourceAsync(request.RegionId, request.SourceName, ct);
        var report = new ImportReport();
        using var sheet = ImportFileReader.Open(request.File, request.Mapping.HeaderRow);
        var parser = new ImportRowParser(sheet, request.Mapping, book, Today());
        foreach (var chunk in Chunks(parser.Parse(sheet.Rows()), ChunkSize))
        {
            var existing = source is null ? [] : await ImportWriter.ExistingAsync(db, source.Id, chunk, ct);
            foreach (var parsed in chunk)
            {
                var outcome = parsed.Refused ? ImportRowOutcome.Refused
                    : !existing.TryGetValue(parsed.Key, out var found) ? ImportRowOutcome.Insert
                    : found.Hash == parsed.Hash() ? ImportRowOutcome.Unchanged : ImportRowOutcome.Update;
                ImportWriter.Count(report, parsed, outcome);
                if (outcome == ImportRowOutcome.Insert)
                {
                    report.PersonsInserted += parsed.Subjects.Count;
                }
            }
        }
        Finish(report, sheet, parser, book, request.Mapping, watch);
        await audit.RecordAsync(request.User, AuditAction.Read, AuditRecordType.SignalImport, null,
            details: $"proefimport van {request.File.FileName} (bron {request.SourceName}, regio {request.RegionId}): {report.RowsRead} rijen, {report.SignalsRefused} meldingen geweigerd", cancellationToken: CancellationToken.None);
        return report;
    }

    public async Task<ImportBatch> CreateBatchAsync(ImportRequest request, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var name = request.SourceName.Trim();
        if (name.Length is 0 or > 200)
        {
            throw new ArgumentException("Geef de bron een naam van hoogstens 200 tekens.", nameof(request));
        }
        var source = await db.Set<ImportSource>().FirstOrDefaultAsync(s => s.RegionId == request.RegionId && s.Name == name, ct);
        if (source is null)
        {
            source = new ImportSource { RegionId = request.RegionId, Name = name };
            db.Add(source);
        }
        source.Mapping = request.Mapping;
        source.UpdatedAt = now;
        var batch = new ImportBatch
        {
            RegionId = request.RegionId, Source = source, FileName = request.File.FileName, CreatedAt = now,
            StartedByUserId = request.User?.UserId(), StartedBy = Who(request.User), MappingJson = request.Mapping.ToJson(),
        };
        db.Add(batch);
        await db.SaveChangesAsync(ct);
        return batch;
    }

    /// <summary>Runs a Pending batch created by <see cref="CreateBatchAsync"/> with the same request; returns the report.</summary>
    public async Task<ImportReport> RunAsync(int batchId, ImportRequest request, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var batch = await db.Set<ImportBatch>().Include(b => b.Source).SingleAsync(b => b.Id == batchId, ct);
        if (batch.Status != ImportBatchStatus.Pending)
        {
            throw new InvalidOperationException($"Import {batchId} has already run.");
        }
        var source = batch.Source!;
        var report = new ImportReport { BatchId = batch.Id };
        batch.Status = ImportBatchStatus.Running;
        batch.StartedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        try
        {
            var book = await ImportCodeBook.LoadAsync(db, request.RegionId, ct);
            using var sheet = ImportFileReader.Open(request.File, request.Mapping.HeaderRow);
            batch.RowsTotal = sheet.RowsEstimate;
            var parser = new ImportRowParser(sheet, request.Mapping, book, Today());
            var writer = new ImportWriter(db, batch, source, clock.GetUtcNow());
            foreach (var chunk in Chunks(parser.Parse(sheet.Rows()), RowsPerChunk()))
            {
                await writer.WriteAsync(chunk, report, ct);
                batch.RowsTotal = Math.Max(batch.RowsTotal, report.RowsRead);
                progress?.Report(Progress(ImportPhase.Importing, batch.RowsTotal, report, watch.Elapsed));
            }
            Finish(report, sheet, parser, book, request.Mapping, watch);
            batch.RowsTotal = report.RowsRead;
            progress?.Report(Progress(ImportPhase.Counting, batch.RowsTotal, report, watch.Elapsed));
            await new FigureAggregator(db).RefreshAsync(ct);
            batch.Status = ImportBatchStatus.Finished;
        }
        catch (Exception ex) when (ex is ImportFileException or OperationCanceledException or DbUpdateException or Core.Common.DomainException)
        {
            db.ChangeTracker.Clear();
            db.Attach(batch);
            batch.Status = ImportBatchStatus.Failed;
            batch.Error = ex switch
            {
                ImportFileException or Core.Common.DomainException => ex.Message,
                OperationCanceledException => "De import is afgebroken. Wat voor het afbreken is opgeslagen, blijft staan en kan worden teruggedraaid.",
                _ => "De database weigerde een deel van de import. Wat daarvoor is opgeslagen, blijft staan en kan worden teruggedraaid.",
            };
            logger.LogWarning("Import {BatchId} stopped: {ErrorType}: {Message}", batch.Id, ex.GetType().Name, ex.Message);
            report.FileMessages.Add(batch.Error);
        }
        batch.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(CancellationToken.None);
        report.Elapsed = watch.Elapsed;
        await audit.RecordAsync(request.User, AuditAction.Create, AuditRecordType.SignalImport, batch.Id.ToString(CultureInfo.InvariantCulture),
            details: ImportPageText.AuditDetails(source.Id, batch.Status, $"{report.SignalsInserted} nieuw, {report.SignalsUpdated} bijgewerkt, {report.SignalsUnchanged} ongewijzigd, {report.SignalsRefused} geweigerd, {report.PersonsInserted} personen"),
            cancellationToken: CancellationToken.None);
        progress?.Report(Progress(ImportPhase.Done, batch.RowsTotal, report, watch.Elapsed));
        logger.LogInformation("Import {BatchId}: {Rows} rows in {Seconds:F1}s, {Inserted} inserted, {Updated} updated, {Refused} refused.",
            batch.Id, report.RowsRead, watch.Elapsed.TotalSeconds, report.SignalsInserted, report.SignalsUpdated, report.SignalsRefused);
        return report;
    }

    /// <summary>The Schakel codes a value of <paramref name="list"/> can be mapped to in the region, with Dutch labels.</summary>
    public async Task<IReadOnlyList<ImportCodeOption>> OptionsAsync(ImportCodeList list, int regionId, CancellationToken ct) =>
        (await ImportCodeBook.LoadAsync(db, regionId, ct)).Options(list);

    public Task<ImportSource?> FindSourceAsync(int regionId, string sourceName, CancellationToken ct)
    {
        var name = sourceName.Trim();
        return db.Set<ImportSource>().AsNoTracking().FirstOrDefaultAsync(s => s.RegionId == regionId && s.Name == name, ct);
    }

    private DateOnly Today() => DutchTime.Day(clock.GetUtcNow());

    private static string Who(ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true ? user.DisplayName_() : "onbekend";

    private static ImportProgress Progress(ImportPhase phase, int total, ImportReport report, TimeSpan elapsed)
    {
        TimeSpan? remaining = report.RowsRead > 0 && total > report.RowsRead
            ? TimeSpan.FromTicks(elapsed.Ticks / report.RowsRead * (total - report.RowsRead))
            : phase == ImportPhase.Done ? TimeSpan.Zero : null;
        return new ImportProgress(phase, total, report.RowsRead, report.RowsRefused, elapsed, remaining);
    }

    private int RowsPerChunk() => db.Database.IsSqlite() ? SqliteChunkSize : ChunkSize;

    /// <summary>Signals in groups of about <paramref name="size"/> rows; a signal's rows are never split over two chunks.</summary>
    private static IEnumerable<List<ParsedSignal>> Chunks(IEnumerable<ParsedSignal> signals, int size)
    {
        var chunk = new List<ParsedSignal>();
        var rows = 0;
        foreach (var signal in signals)
        {
            chunk.Add(signal);
            rows += signal.Rows;
            if (rows >= size)
            {
                yield return chunk;
                chunk = [];
                rows = 0;
            }
        }
        if (chunk.Count > 0)
        {
            yield return chunk;
        }
    }

    private static void Finish(ImportReport report, ImportSheet sheet, ImportRowParser parser, ImportCodeBook book, ImportMapping mapping, Stopwatch watch)
    {
        report.HeaderRow = sheet.HeaderRow;
        report.FileMessages.AddRange(sheet.Messages);
        report.FileMessages.AddRange(parser.FileMessages);
        if (report.RowsRead == 0)
        {
            report.FileMessages.Add($"Onder de kopregel (rij {sheet.HeaderRow}) staan geen rijen met gegevens.");
        }
        foreach (var ((list, _), (written, rows)) in parser.CodeRows.OrderBy(c => c.Key.List).ThenByDescending(c => c.Value.Rows))
        {
            var mapped = mapping.CodeFor(list, written);
            var automatic = mapped is null ? book.Automatic(list, written) : null;
            var code = mapped ?? automatic;
            var suggestion = code is null ? book.Suggest(list, written) : null;
            report.Codes.Add(new ImportCodeOutcome(list, written, rows,
                mapped is not null ? ImportCodeHow.Mapped : automatic is not null ? ImportCodeHow.Automatic : ImportCodeHow.Unknown,
                code, book.Label(list, code), suggestion, book.Label(list, suggestion)));
        }
        report.Elapsed = watch.Elapsed;
    }
}
