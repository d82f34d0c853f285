using System.CommandLine;
using Schakel.Cli;

var root = new RootCommand("schakel: command-line tools for Schakel (linking signals, screening advertisements, backups).");
root.Subcommands.Add(LinkCommand.Create());
root.Subcommands.Add(AdsCommand.Create());
root.Subcommands.Add(AuditCommand.Create());
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
