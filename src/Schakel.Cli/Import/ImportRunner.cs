using System.Diagnostics;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Schakel.Web.Features.Import;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Cli.Import;

/// <summary>
/// Runs the app's own import engine against the app's database, with the app's configuration (environment variables
/// such as ConnectionStrings__Schakel, Database__Provider and Audit__ChainKey), so an import from the command line is
/// audited, linked and counted exactly as one from /beheer/import.
/// </summary>
public static class ImportRunner
{
    /// <param name="Settings">Configuration on top of the app's own (the database and audit key of a test host).</param>
    public sealed record Options(FileInfo Input, string Region, string? Source, bool DryRun, int? HeaderRow, FileInfo? Sqlite, string? Postgres,
        IReadOnlyDictionary<string, string?>? Settings = null);

    public static async Task<int> RunAsync(Options options, TextWriter output, TextWriter error, CancellationToken ct)
    {
        if (!options.Input.Exists)
        {
            error.WriteLine($"invoerbestand niet gevonden: {options.Input.FullName}");
            return ExitCodes.Usage;
        }
        await using var services = Build(options);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        var regions = await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        var region = regions.FirstOrDefault(r => string.Equals(r.Name, options.Region.Trim(), StringComparison.OrdinalIgnoreCase));
        if (region is null)
        {
            error.WriteLine($"regio '{options.Region}' bestaat niet; kies uit: {string.Join(", ", regions.Select(r => r.Name))}");
            return ExitCodes.Usage;
        }
        var engine = scope.ServiceProvider.GetRequiredService<ImportEngine>();
        var file = ImportFile.FromPath(options.Input.FullName);
        var sourceName = string.IsNullOrWhiteSpace(options.Source) ? Path.GetFileNameWithoutExtension(options.Input.Name) : options.Source.Trim();
        ImportPreview preview;
        try
        {
            preview = await engine.PreviewAsync(file, region.Id, sourceName, options.HeaderRow, ct);
        }
        catch (ImportFileException ex)
        {
            error.WriteLine(ex.Message);
            return ExitCodes.Usage;
        }
        output.WriteLine($"Bron '{sourceName}', kopregel op rij {preview.HeaderRow}, {(preview.FromStoredMapping ? "opgeslagen koppeling" : "geraden koppeling")}:");
        foreach (var (field, header) in preview.Mapping.Columns.OrderBy(c => c.Key))
        {
            output.WriteLine($"  {ImportFields.Dutch(field),-32} ← {header}");
        }
        var request = new ImportRequest(file, region.Id, sourceName, preview.Mapping, Operator());
        ImportReport report;
        try
        {
            report = options.DryRun ? await engine.DryRunAsync(request, ct) : await RunAsync(engine, request, error, ct);
        }
        catch (ImportFileException ex)
        {
            // The file broke off or turned hostile after the rows the preview read.
            error.WriteLine(ex.Message);
            return ExitCodes.Usage;
        }
        Print(report, output, options.DryRun);
        if (report.BatchId is { } batchId && await db.Set<ImportBatch>().AsNoTracking().Where(b => b.Id == batchId).Select(b => b.Error).SingleAsync(ct) is { } failed)
        {
            error.WriteLine(failed);
            return ExitCodes.Usage;
        }
        return report.RowsRefused > 0 || report.FileMessages.Count > 0 && report.RowsRead == 0 ? ExitCodes.RejectedLines : ExitCodes.Ok;
    }

    private static async Task<ImportReport> RunAsync(ImportEngine engine, ImportRequest request, TextWriter error, CancellationToken ct)
    {
        var batch = await engine.CreateBatchAsync(request, ct);
        var shown = Stopwatch.StartNew();
        var progress = new Progress(p =>
        {
            if (shown.ElapsedMilliseconds < 1000 && p.Phase == ImportPhase.Importing)
            {
                return;
            }
            shown.Restart();
            var left = p.Remaining is { } r ? $", nog ongeveer {Math.Ceiling(r.TotalSeconds)} s" : "";
            error.WriteLine(p.Phase switch
            {
                ImportPhase.Counting => "Cijfers van de geraakte maanden worden herteld…",
                ImportPhase.Done => $"Klaar na {p.Elapsed.TotalSeconds:F1} s.",
                _ => $"{p.RowsDone} van {p.RowsTotal} rijen ({p.Percent}%), {p.RowsRefused} geweigerd{left}",
            });
        });
        return await engine.RunAsync(batch.Id, request, progress, ct);
    }

    private static void Print(ImportReport report, TextWriter output, bool dryRun)
    {
        foreach (var message in report.FileMessages)
        {
            output.WriteLine(message);
        }
        foreach (var problem in report.Rows.SelectMany(r => r.Problems))
        {
            output.WriteLine((problem.IsWarning ? "let op: " : "geweigerd: ") + problem.Text);
        }
        foreach (var code in report.Codes.Where(c => c.How == ImportCodeHow.Unknown))
        {
            output.WriteLine($"onbekende code bij {ImportCodes.Dutch(code.List)}: '{code.SourceValue}' ({code.Rows} rijen){(code.SuggestionLabel is null ? "" : $", bedoeld: '{code.SuggestionLabel}'?")}");
        }
        var verb = dryRun ? "zou" : "is";
        output.WriteLine($"{report.RowsRead} rijen gelezen in {report.Elapsed.TotalSeconds:F1} s: {report.SignalsInserted} meldingen {verb} nieuw, {report.SignalsUpdated} bijgewerkt, {report.SignalsUnchanged} ongewijzigd, {report.SignalsRefused} geweigerd ({report.RowsRefused} rijen); {report.PersonsInserted} personen.");
        if (report.BatchId is { } id)
        {
            output.WriteLine($"Importnummer {id}: binnen {ImportBatch.RollbackDays} dagen terug te draaien op /beheer/import.");
        }
    }

    private static ClaimsPrincipal Operator() => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, $"{Environment.UserName} (schakel signals import)")], authenticationType: "cli"));

    private static ServiceProvider Build(Options options)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory(), Args = [] });
        var overrides = new Dictionary<string, string?>();
        if (options.Postgres is { } pg)
        {
            overrides["Database:Provider"] = "Postgres";
            overrides["ConnectionStrings:Schakel"] = pg;
        }
        else if (options.Sqlite is { } file)
        {
            overrides["Database:Provider"] = "Sqlite";
            overrides["ConnectionStrings:Schakel"] = $"Data Source={file.FullName}";
        }
        foreach (var (key, value) in options.Settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(overrides);
        var services = new ServiceCollection();
        services.AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(builder.Configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.ISaveChangesInterceptor, Schakel.Web.Features.Dashboard.Aggregates.FigureDirtyMarksInterceptor>();
        services.AddSchakelDatabase(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddSingleton(AuditChainSettings.Load(builder.Configuration, builder.Environment));
        services.AddSingleton<AuditLog>();
        services.AddScoped<ImportEngine>();
        return services.BuildServiceProvider();
    }

    private sealed class Progress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
