using System.Globalization;
using Schakel.Core.Linking;
using Schakel.Testing.Linking;

namespace Schakel.Benchmarks.Linking;

/// <summary>
/// <c>link-quality [records] [seed] [--bogus] [--errors]</c>: precision, recall and F1 at 0.5 on a labelled
/// synthetic set; --bogus takes the Dutch names from Bogus' "nl" locale; --errors prints false positives and
/// negatives with their reasons.
/// </summary>
public static class LinkQualityBench
{
    public static int Run(string[] args)
    {
        var records = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 20_000;
        var seed = args.Length > 1 && int.TryParse(args[1], out var s) ? s : 42;
        var showErrors = args.Contains("--errors");
        Func<bool, (string, string)>? names = null;
        if (args.Contains("--bogus"))
        {
            // Dutch names from Bogus' "nl" locale instead of the built-in lists, as an independent check.
            var faker = new Bogus.Faker("nl") { Random = new Bogus.Randomizer(seed) };
            names = female => (faker.Name.FirstName(female ? Bogus.DataSets.Name.Gender.Female : Bogus.DataSets.Name.Gender.Male), faker.Name.LastName());
        }
        var data = SyntheticSignals.Generate(records, seed, names);
        var result = LinkEngine.Run(data.Records, new LinkOptions { MinScore = 0.0 });
        var q = LinkQuality.Evaluate(result.Links, data.TruePairs);
        var persons = (long)result.Subjects * (result.Subjects - 1) / 2;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pair_completeness={LinkQuality.PairCompleteness(result.Links, data.TruePairs):0.0000} reduction_ratio={1 - ((double)result.PairsScored / persons):0.000000} model={result.Model.Id} em_iterations={result.Model.Fit.Iterations}"));
        if (args.Contains("--model"))
        {
            Console.WriteLine(ModelReport.Markdown(result.Model, result.BlockPairs));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"records={data.Records.Count} persons={data.Persons} true_pairs={data.TruePairs.Count} pairs_scored={result.PairsScored}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"threshold=0.5 TP={q.TruePositives} FP={q.FalsePositives} FN={q.FalseNegatives} precision={q.Precision:0.0000} recall={q.Recall:0.0000} F1={q.F1:0.0000}"));
        foreach (var t in new[] { 0.3, 0.4, 0.6, 0.7 })
        {
            var qt = LinkQuality.Evaluate(result.Links, data.TruePairs, t);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold={t} precision={qt.Precision:0.0000} recall={qt.Recall:0.0000} F1={qt.F1:0.0000}"));
        }
        if (showErrors)
        {
            PrintErrors(data, result.Links);
        }
        return 0;
    }

    private static void PrintErrors(SyntheticDataset data, IReadOnlyList<CandidateLink> links)
    {
        var byId = new Dictionary<string, List<SubjectRecord>>(StringComparer.Ordinal);
        foreach (var rec in data.Records)
        {
            if (!byId.TryGetValue(rec.SubjectId, out var list))
            {
                byId[rec.SubjectId] = list = [];
            }
            list.Add(rec);
        }
        string Show(string id) => string.Join(" || ", byId[id].Select(x =>
            $"{x.FullName} | {x.DateOfBirth} | {x.Phone} | {x.Email} | {x.Street} {x.HouseNumber} {x.Postcode} {x.City} | {x.LicensePlate} | {x.Handle}"));
        var found = new Dictionary<(string, string), CandidateLink>();
        foreach (var l in links)
        {
            found[(l.A, l.B)] = l;
        }
        Console.WriteLine("--- false positives");
        foreach (var l in links.Where(l => l.Score >= 0.5 && !data.TruePairs.Contains((l.A, l.B))).Take(25))
        {
            Console.WriteLine($"{l.Score:0.000} {string.Join(';', l.Reasons)}\n   {Show(l.A)}\n   {Show(l.B)}");
        }
        Console.WriteLine("--- false negatives");
        foreach (var (a, b) in data.TruePairs.Where(p => !found.TryGetValue(p, out var l) || l.Score < 0.5).OrderBy(p => p.A, StringComparer.Ordinal).Take(2000))
        {
            var l = found.GetValueOrDefault((a, b));
            Console.WriteLine($"{(l is null ? "not blocked" : l.Score.ToString("0.000", CultureInfo.InvariantCulture) + " " + string.Join(';', l.Reasons))}\n   {Show(a)}\n   {Show(b)}");
        }
    }
}
