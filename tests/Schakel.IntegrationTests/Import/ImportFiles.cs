using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Testing;
using ImportReport = Schakel.Web.Features.Import.ImportReport;
using Schakel.Web.Features.Import;

namespace Schakel.IntegrationTests.Import;

/// <summary>Files and runs for the import tests: CSV from lines, the engine in its own scope, the administrator as user.</summary>
internal static class ImportFiles
{
    public const string Header = "Nummer;Datum melding;Gemeente;Vorm;Status;Naam slachtoffer;Geboortedatum;Telefoon";

    public static ImportFile Csv(params string[] lines) =>
        ImportFile.FromBytes("historie.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")]);

    public static readonly ClaimsPrincipal Administrator = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "import-test"), new Claim(ClaimTypes.Name, "Beheerder (test)")], "test"));

    public static Task<int> RegionAsync(this SchakelFactory factory) =>
        factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.RegionId).SingleAsync());

    public static async Task<T> EngineAsync<T>(this SchakelFactory factory, Func<ImportEngine, Task<T>> use)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<ImportEngine>());
    }

    /// <summary>The guessed (or stored) mapping of the file, as the mapping screen would start.</summary>
    public static async Task<ImportRequest> RequestAsync(this SchakelFactory factory, ImportFile file, string source)
    {
        var region = await factory.RegionAsync();
        var preview = await factory.EngineAsync(e => e.PreviewAsync(file, region, source, null, CancellationToken.None));
        return new ImportRequest(file, region, source, preview.Mapping, Administrator);
    }

    public static Task<ImportReport> DryRunAsync(this SchakelFactory factory, ImportRequest request) =>
        factory.EngineAsync(e => e.DryRunAsync(request, CancellationToken.None));

    public static async Task<ImportReport> ImportAsync(this SchakelFactory factory, ImportRequest request, List<ImportProgress>? progress = null)
    {
        var batch = await factory.EngineAsync(e => e.CreateBatchAsync(request, CancellationToken.None));
        return await factory.EngineAsync(e => e.RunAsync(batch.Id, request, progress is null ? null : new Collect(progress), CancellationToken.None));
    }

    public static Task<ImportRollbackResult> RollbackAsync(this SchakelFactory factory, int batchId) =>
        factory.EngineAsync(e => e.RollbackAsync(batchId, Administrator, CancellationToken.None));

    private sealed class Collect(List<ImportProgress> into) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => into.Add(value);
    }
}
