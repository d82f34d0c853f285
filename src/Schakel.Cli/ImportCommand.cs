using System.CommandLine;
using Schakel.Cli.Import;

namespace Schakel.Cli;

/// <summary><c>schakel signals import --input FILE --region NAME [--source NAME] [--dry-run]</c>: history from a spreadsheet.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input", "-i") { Description = "The .xlsx or .csv file with the region's history.", Required = true };
        var region = new Option<string>("--region", "-r") { Description = "The region's name as in Schakel (e.g. IJsselland).", Required = true };
        var source = new Option<string?>("--source", "-s") { Description = "The source's name; its stored column and code mapping is used. Default: the file name." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row and print what would happen; write nothing." };
        var headerRow = new Option<int?>("--header-row") { Description = "The row of the column names, when Schakel does not find it itself." };
        var sqlite = new Option<FileInfo?>("--sqlite") { Description = "Path of the SQLite database file. Default: the app's configuration (ConnectionStrings__Schakel)." };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string. Default: the app's configuration." };
        var import = new Command("import", "Import historic signals from .xlsx or CSV, with the source's stored mapping or the guessed one. Exit 0 all rows imported, 1 some rows refused, 2 usage error or unreadable file.")
        {
            input, region, source, dryRun, headerRow, sqlite, postgres,
        };
        import.SetAction((parsed, ct) => ImportRunner.RunAsync(
            new ImportRunner.Options(parsed.GetValue(input)!, parsed.GetValue(region)!, parsed.GetValue(source), parsed.GetValue(dryRun), parsed.GetValue(headerRow),
                parsed.GetValue(sqlite), parsed.GetValue(postgres)),
            Console.Out, Console.Error, ct));
        var signals = new Command("signals", "Signals: import of the region's history.");
        signals.Subcommands.Add(import);
        return signals;
    }
}
