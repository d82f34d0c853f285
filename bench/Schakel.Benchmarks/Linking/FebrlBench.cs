using System.Diagnostics;
using System.Globalization;
using Schakel.Core.Linking;
using Schakel.Testing.Linking;

namespace Schakel.Benchmarks.Linking;

/// <summary>
/// <c>link-febrl FILE [FILE…]</c>: precision, recall and F1 at 0.5, pair completeness and reduction ratio of the
/// blocking, on the public FEBRL benchmark files (one set, or 4a + 4b together). The model is learned from the files.
/// </summary>
public static class FebrlBench
{
    public static int Run(string[] args)
    {
        var files = args.Where(File.Exists).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine("gebruik: link-febrl dataset2.csv [dataset4a.csv dataset4b.csv]");
            return 2;
        }
        var data = FebrlFile.Read(files);
        var clock = Stopwatch.StartNew();
        var result = LinkEngine.Run(data.Records, new LinkOptions { MinScore = 0 });
        var elapsed = clock.Elapsed;
        var q = LinkQuality.Evaluate(result.Links, data.TruePairs);
        var allPairs = (long)result.Subjects * (result.Subjects - 1) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{string.Join('+', files.Select(Path.GetFileNameWithoutExtension))}: records={data.Records.Count} true_pairs={data.TruePairs.Count} pairs_scored={result.PairsScored} elapsed_s={elapsed.TotalSeconds:0.00} model={result.Model.Id} em_iterations={result.Model.Fit.Iterations}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pair_completeness={LinkQuality.PairCompleteness(result.Links, data.TruePairs):0.0000} reduction_ratio={1 - ((double)result.PairsScored / allPairs):0.000000}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"threshold=0.5 TP={q.TruePositives} FP={q.FalsePositives} FN={q.FalseNegatives} precision={q.Precision:0.0000} recall={q.Recall:0.0000} F1={q.F1:0.0000}"));
        return 0;
    }
}
