using System.CommandLine;
using Schakel.Cli.Audit;

namespace Schakel.Cli;

public static class AuditCommand
{
    public static Command Create()
    {
        var sqlite = new Option<FileInfo?>("--sqlite") { Description = "Path of the SQLite database file (e.g. src/Schakel.Web/data/schakel.db)." };
        var postgres = new Option<string?>("--postgres") { Description = "PostgreSQL connection string." };
        var keyFile = new Option<FileInfo?>("--key-file")
        {
            Description = "File with the audit chain key (base64), as set in Audit__ChainKeyFile. Without it the key is read from the environment variable Audit__ChainKey.",
        };
        var checkpoints = new Option<FileInfo?>("--checkpoints")
        {
            Description = "The signed checkpoint file (Audit__CheckpointFile). Needed to detect entries cut off the end of the log.",
        };
        var verify = new Command("verify", "Check the audit log's keyed hash chain and its signed checkpoints; prints where it breaks. Exit 0 intact, 1 broken, 2 usage error.");
        verify.Options.Add(sqlite);
        verify.Options.Add(postgres);
        verify.Options.Add(keyFile);
        verify.Options.Add(checkpoints);
        verify.SetAction(parsed => AuditVerifier.Run(
            new AuditVerifier.Source(parsed.GetValue(sqlite), parsed.GetValue(postgres), parsed.GetValue(keyFile), Environment.GetEnvironmentVariable("Audit__ChainKey"), parsed.GetValue(checkpoints)),
            Console.Out, Console.Error));
        var cmd = new Command("audit", "Audit log tools.");
        cmd.Subcommands.Add(verify);
        return cmd;
    }
}
