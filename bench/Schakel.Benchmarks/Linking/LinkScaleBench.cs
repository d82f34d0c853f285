namespace Schakel.Benchmarks.Linking;

public static class LinkScaleBench
{
    public static int Run(string[] args) => 0;
}
