using System.CommandLine;
using Schakel.Cli.Audit;

namespace Schakel.Cli;

public static class AuditCommand
{
    public static Command Create()
    {
        var sqlite = new Option<FileInfo?>("--sqlite") { Description = "Path of the SQLite database file (e.g. src/Schakel.Web/data/schakel.db)." };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string." };
        var verify = new Command("verify", "Check that the audit log's hash chain is intact; prints where it breaks. Exit 0 intact, 1 broken, 2 usage error.");
        verify.Options.Add(sqlite);
        verify.Options.Add(postgres);
        verify.SetAction(parsed => AuditVerifier.Run(parsed.GetValue(sqlite), parsed.GetValue(postgres), Console.Out, Console.Error));
        var cmd = new Command("audit", "Audit log tools.");
        cmd.Subcommands.Add(verify);
        return cmd;
    }
}
