using System.CommandLine;
using Schakel.Cli.Backup;

namespace Schakel.Cli;

/// <summary>`schakel backup` and `schakel restore` for the embedded SQLite database (PostgreSQL: see docs/operations.md).</summary>
public static class BackupCommands
{
    public static Command CreateBackup()
    {
        var sqlite = new Option<FileInfo>("--sqlite") { Required = true, Description = "The SQLite database file (e.g. src/Schakel.Web/data/schakel.db)." };
        var output = new Option<FileInfo>("--output") { Required = true, Description = "Where to write the snapshot." };
        var force = new Option<bool>("--force") { Description = "Overwrite an existing output file." };
        var cmd = new Command("backup", "Write a consistent snapshot of the SQLite database, also while Schakel runs.") { sqlite, output, force };
        cmd.SetAction(p => SqliteBackup.Backup(p.GetValue(sqlite)!, p.GetValue(output)!, p.GetValue(force), Console.Out, Console.Error));
        return cmd;
    }

    public static Command CreateRestore()
    {
        var input = new Option<FileInfo>("--input") { Required = true, Description = "A snapshot made by 'schakel backup'." };
        var sqlite = new Option<FileInfo>("--sqlite") { Required = true, Description = "The database file to restore into (stop Schakel first)." };
        var force = new Option<bool>("--force") { Description = "Replace an existing database file." };
        var cmd = new Command("restore", "Restore a snapshot into a SQLite database file.") { input, sqlite, force };
        cmd.SetAction(p => SqliteBackup.Restore(p.GetValue(input)!, p.GetValue(sqlite)!, p.GetValue(force), Console.Out, Console.Error));
        return cmd;
    }
}
