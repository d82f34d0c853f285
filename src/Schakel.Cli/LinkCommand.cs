using System.CommandLine;

namespace Schakel.Cli;

public static class LinkCommand
{
    public static Command Create()
    {
        var cmd = new Command("link", "Find candidate links between subjects in a CSV of signals.");
        cmd.SetAction(_ => ExitCodes.Usage);
        return cmd;
    }
}
