namespace Schakel.Cli;

/// <summary>Exit codes of the command-line contract: 0 ok, 1 some input lines rejected, 2 usage error.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int RejectedLines = 1;
    public const int Usage = 2;
}
