using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Cli;
using CliImport = Schakel.Cli.Import.ImportRunner;
using Schakel.Testing;
using Schakel.Web.Features.Import;

namespace Schakel.IntegrationTests.Import;

/// <summary>
/// <c>schakel signals import</c> run in-process against the test host's database (SQLite or PostgreSQL, with its audit
/// key): a dry run counts and stores nothing, a run stores and shows progress, a bad file or region exits non-zero in Dutch.
/// </summary>
public sealed class CliImportTests(SchakelFactory factory) : IClassFixture<SchakelFactory>, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("schakel-cli-import-").FullName;

    private static string Unique(string name) => $"{name}-{Guid.NewGuid().ToString("N")[..8]}";

    private FileInfo Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return new FileInfo(path);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(FileInfo input, string source, bool dryRun, string? region = null)
    {
        region ??= await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Region!.Name).SingleAsync());
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = factory.Database.Provider,
            ["ConnectionStrings:Schakel"] = factory.Database.ConnectionString,
            ["Audit:ChainKey"] = factory.AuditChainKey,
            ["Audit:CheckpointFile"] = factory.AuditCheckpointFile,
        };
        var (output, error) = (new StringWriter(), new StringWriter());
        var code = await CliImport.RunAsync(new CliImport.Options(input, region, source, dryRun, null, null, null, settings), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    private Task<int> SignalsOfSourceAsync(string source) =>
        factory.WithAsync(db => db.Signals.CountAsync(s => db.Set<ImportSource>().Any(i => i.Id == s.ImportSourceId && i.Name == source)));

    private static byte[] WithBadDate(string prefix) =>
        [.. ImportSamples.Csv(prefix, 3), .. Encoding.UTF8.GetBytes($"{prefix}-4;31-31-2019;Zwolle;Seksuele uitbuiting;Persoon {prefix} 4;1-2-1990\n")];

    [Fact]
    public async Task A_dry_run_prints_the_counts_and_each_rows_problem_in_Dutch_and_stores_nothing()
    {
        var source = Unique("cli-proef");
        var batches = await factory.WithAsync(db => db.Set<ImportBatch>().CountAsync());

        var (code, output, error) = await RunAsync(Write("proef.csv", WithBadDate(source)), source, dryRun: true);

        code.ShouldBe(ExitCodes.RejectedLines, error);
        output.ShouldContain("4 rijen gelezen");
        output.ShouldContain("3 meldingen zou nieuw");
        output.ShouldContain("geweigerd: ");
        output.ShouldContain("'31-31-2019' is geen datum.");
        (await SignalsOfSourceAsync(source)).ShouldBe(0);
        (await factory.WithAsync(db => db.Set<ImportBatch>().CountAsync())).ShouldBe(batches);
    }

    [Fact]
    public async Task A_run_stores_the_signals_and_prints_its_progress()
    {
        var source = Unique("cli-echt");

        var (code, output, error) = await RunAsync(Write("echt.csv", ImportSamples.Csv(source, 5)), source, dryRun: false);

        code.ShouldBe(ExitCodes.Ok, error + output);
        output.ShouldContain("5 meldingen is nieuw");
        output.ShouldContain("Importnummer ");
        error.ShouldContain("Klaar na ");
        (await SignalsOfSourceAsync(source)).ShouldBe(5);
    }

    [Fact]
    public async Task A_file_the_reader_refuses_prints_the_Dutch_message_and_exits_non_zero()
    {
        var source = Unique("cli-kapot");
        var hostile = CraftedXlsx.Sheet("""<row r="2"><c r="ZZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>""");

        var (code, _, error) = await RunAsync(Write("kapot.xlsx", hostile), source, dryRun: false);

        code.ShouldBe(ExitCodes.Usage);
        error.ShouldContain("Rij 2, kolom ZZZZZZZ: deze kolom ligt voorbij de laatste kolom die Excel kent");
        (await SignalsOfSourceAsync(source)).ShouldBe(0);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_file_that_turns_bad_after_the_preview_exits_non_zero_with_the_row(bool dryRun)
    {
        var source = Unique("cli-halverwege");
        var bytes = ImportSamples.Csv(source, 600).Concat(Encoding.UTF8.GetBytes($"{source}-x;1-3-2019;Zwo\0lle;Seksuele uitbuiting;Iemand;1-2-1990\n")).ToArray();

        var (code, _, error) = await RunAsync(Write("halverwege.csv", bytes), source, dryRun);

        code.ShouldBe(ExitCodes.Usage);
        error.ShouldContain("Rij 602, kolom C: de cel bevat tekens die niet in tekst horen");
    }

    [Fact]
    public async Task An_unknown_region_exits_non_zero_with_a_Dutch_message()
    {
        var (code, output, error) = await RunAsync(Write("lijst.csv", ImportSamples.Csv(Unique("cli-regio"))), "x", dryRun: true, region: "Atlantis");

        code.ShouldBe(ExitCodes.Usage);
        error.ShouldStartWith("regio 'Atlantis' bestaat niet; kies uit: ");
        output.ShouldBeEmpty();
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
