using System.CommandLine;

namespace Schakel.Cli;

/// <summary>
/// The entry point, as a named class: the import makes this tool reference the web app, whose generated public
/// <c>Program</c> would otherwise clash with the one top-level statements generate here.
/// </summary>
public static class SchakelCli
{
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("schakel: command-line tools for Schakel (linking signals, screening advertisements, backups).");
        root.Subcommands.Add(LinkCommand.Create());
        root.Subcommands.Add(AdsCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(BackupCommands.CreateBackup());
        root.Subcommands.Add(BackupCommands.CreateRestore());

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine(error.Message);
            }
            Console.Error.WriteLine("Use 'schakel --help' for usage.");
            return ExitCodes.Usage;
        }
        return await parsed.InvokeAsync();
    }
}
