using System.CommandLine;

namespace Schakel.Cli;

public static class AdsCommand
{
    public static Command Create()
    {
        var cmd = new Command("ads", "Screen advertisements on a risk profile.");
        cmd.SetAction(_ => ExitCodes.Usage);
        return cmd;
    }
}
