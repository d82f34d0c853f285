using BenchmarkDotNet.Running;
using Schakel.Benchmarks.Linking;

// Console benchmarks are picked by their first argument; anything else goes to BenchmarkDotNet.
var console = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["link-scale"] = LinkScaleBench.Run,
    ["link-quality"] = LinkQualityBench.Run,
    ["link-default-model"] = DefaultModelCommand.Run,
    ["link-febrl"] = FebrlBench.Run,
    ["link-normalise"] = NormaliseProfileBench.Run,
    ["link-db"] = LinkDbBench.Run,
    ["ads-scale"] = Schakel.Benchmarks.Ads.AdsScaleBench.Run,
    ["figures-scale"] = Schakel.Benchmarks.Figures.FiguresScaleBench.Run,
    ["import-scale"] = Schakel.Benchmarks.Import.ImportScaleBench.Run,
};
if (args.Length > 0 && console.TryGetValue(args[0], out var bench))
{
    return bench(args[1..]);
}
BenchmarkSwitcher.FromAssembly(typeof(LinkScaleBench).Assembly).Run(args);
return 0;
