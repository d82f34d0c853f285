namespace Schakel.Core.Linking;

/// <summary>
/// Learns a <see cref="LinkModel"/> from the data at hand, the way Splink does: u from random pairs (almost all of them
/// are two different persons), m and the prior by expectation-maximisation over the blocked pairs with u held fixed.
/// Pairs outside the blocks count as different persons, so the prior is the expected number of matches over all pairs.
/// Everything is deterministic: a fixed random sequence, sums in a fixed order.
/// </summary>
public static partial class ModelEstimator
{
    /// <summary>Random pairs drawn for u; all pairs when there are fewer.</summary>
    public const int RandomPairs = 300_000;

    /// <summary>Pseudo-pairs of the prior model in u, and pseudo-matches in m: they only matter for small data.</summary>
    public const double PriorPairs = 1_000;
    public const double PriorMatches = 10;

    private const int MaxIterations = 1_000;
    private const double Tolerance = 1e-7;

    /// <summary>
    /// m and the prior from the pattern counts of the blocked pairs, u fixed. As in Splink, m is learned in training
    /// sessions that each hold one field fixed: among pairs with the same full name, the date of birth, address and
    /// identifiers are learned; among pairs with the same date of birth, the name and the rest. Within such a session the
    /// two classes are persons and namesakes (or persons and people born the same day), never "a household" against
    /// "everyone else", which is what EM over all pairs would find. The prior then follows from all blocked pairs, with m
    /// fixed; <paramref name="totalPairs"/> is the number of all pairs of subjects, and pairs outside the blocks count as
    /// different persons.
    /// </summary>
    public static (double Lambda, double[][] M, int Iterations, bool Converged, double ExpectedMatches) EstimateM(
        IReadOnlyDictionary<int, long> patternCounts, double[][] u, long totalPairs, LinkModel? prior)
    {
        var all = Patterns.From(patternCounts, _ => true);
        var m0 = ComparisonFields.All.Select(f => prior is null ? StartingM(f) : (double[])prior.M[(int)f].Clone()).ToArray();
        var pseudo = prior is null ? 1.0 : PriorMatches;
        var byName = Patterns.From(patternCounts, p => PairComparison.LevelOf(p, ComparisonField.Name) == (int)NameLevel.Exact);
        var byDate = Patterns.From(patternCounts, p => PairComparison.LevelOf(p, ComparisonField.DateOfBirth) == (int)DateLevel.Exact);
        var a = Em(byName, u, m0, pseudo, fixedField: ComparisonField.Name, totalPairs: null);
        var b = Em(byDate, u, m0, pseudo, fixedField: ComparisonField.DateOfBirth, totalPairs: null);
        var m = new double[ComparisonFields.Count][];
        foreach (var f in ComparisonFields.All)
        {
            // Each field from the sessions where it was free to vary, weighted by how many matches saw it.
            var wa = f == ComparisonField.Name ? 0 : a.Known[(int)f];
            var wb = f == ComparisonField.DateOfBirth ? 0 : b.Known[(int)f];
            m[(int)f] = new double[ComparisonFields.LevelCount(f)];
            for (var l = 1; l < m[(int)f].Length; l++)
            {
                m[(int)f][l] = wa + wb > 0 ? ((a.M[(int)f][l] * wa) + (b.M[(int)f][l] * wb)) / (wa + wb) : m0[(int)f][l];
            }
        }
        var global = Em(all, u, m, pseudo, fixedField: null, totalPairs: Math.Max(totalPairs, 1), estimateM: false);
        return (global.Lambda, m, a.Iterations + b.Iterations + global.Iterations, a.Converged && b.Converged && global.Converged, global.Expected);
    }

    private sealed record EmResult(double Lambda, double[][] M, double[] Known, double Expected, int Iterations, bool Converged);

    /// <summary>
    /// EM with u fixed. With <paramref name="totalPairs"/> the prior is global (expected matches over all pairs), else
    /// it is the session's own share of matches. A fixed field has one level throughout and is left out.
    /// </summary>
    private static EmResult Em(Patterns data, double[][] u, double[][] start, double pseudo, ComparisonField? fixedField,
        long? totalPairs, bool estimateM = true)
    {
        var m = start.Select(x => (double[])x.Clone()).ToArray();
        var known = new double[ComparisonFields.Count];
        var total = data.Counts.Sum();
        if (total == 0)
        {
            return new EmResult(1e-12, m, known, 0, 0, true);
        }
        var lambda = totalPairs is { } t0 ? Math.Clamp(total * 0.1 / t0, 1e-15, 0.5) : 0.1;
        var acc = m.Select(x => new double[x.Length]).ToArray();
        var expected = 0.0;
        var iterations = 0;
        var converged = false;
        var n = data.Counts.Length;
        while (iterations < MaxIterations && !converged)
        {
            iterations++;
            foreach (var row in acc)
            {
                Array.Clear(row);
            }
            expected = 0.0;
            var logPrior = Math.Log(lambda / (1 - lambda));
            for (var p = 0; p < n; p++)
            {
                var logRatio = logPrior;
                for (var f = 0; f < ComparisonFields.Count; f++)
                {
                    var l = data.Levels[(p * ComparisonFields.Count) + f];
                    if (l != 0 && f != (int?)fixedField)
                    {
                        logRatio += Math.Log(m[f][l] / u[f][l]);
                    }
                }
                var weight = data.Counts[p] / (1.0 + Math.Exp(-logRatio));
                expected += weight;
                for (var f = 0; f < ComparisonFields.Count; f++)
                {
                    acc[f][data.Levels[(p * ComparisonFields.Count) + f]] += weight;
                }
            }
            var change = 0.0;
            if (estimateM)
            {
                foreach (var f in ComparisonFields.All)
                {
                    if (f == fixedField)
                    {
                        continue;
                    }
                    var row = acc[(int)f];
                    var seen = 0.0;
                    for (var l = 1; l < row.Length; l++)
                    {
                        seen += row[l];
                    }
                    known[(int)f] = seen;
                    for (var l = 1; l < row.Length; l++)
                    {
                        var next = (row[l] + (pseudo * start[(int)f][l])) / (seen + pseudo);
                        change = Math.Max(change, Math.Abs(next - m[(int)f][l]));
                        m[(int)f][l] = next;
                    }
                }
            }
            var nextLambda = Math.Clamp(expected / (totalPairs ?? total), 1e-15, 1 - 1e-9);
            change = Math.Max(change, Math.Abs(nextLambda - lambda) / lambda * 1e-3);
            lambda = nextLambda;
            converged = change < Tolerance;
        }
        return new EmResult(lambda, m, known, expected, iterations, converged);
    }

    /// <summary>Pattern numbers with their counts and decoded levels, in ascending pattern order (deterministic sums).</summary>
    private sealed class Patterns
    {
        public required double[] Counts { get; init; }
        public required int[] Levels { get; init; }

        public static Patterns From(IReadOnlyDictionary<int, long> counts, Func<int, bool> keep)
        {
            var patterns = counts.Keys.Where(keep).Order().ToArray();
            var levels = new int[patterns.Length * ComparisonFields.Count];
            var c = new double[patterns.Length];
            for (var p = 0; p < patterns.Length; p++)
            {
                c[p] = counts[patterns[p]];
                foreach (var f in ComparisonFields.All)
                {
                    levels[(p * ComparisonFields.Count) + (int)f] = PairComparison.LevelOf(patterns[p], f);
                }
            }
            return new Patterns { Counts = c, Levels = levels };
        }
    }

    /// <summary>A neutral start: stronger levels more likely among matches, "different" rare.</summary>
    private static double[] StartingM(ComparisonField f)
    {
        var n = ComparisonFields.LevelCount(f);
        var m = new double[n];
        var total = 0.0;
        for (var l = 1; l < n - 1; l++)
        {
            m[l] = Math.Pow(0.5, l - 1);
            total += m[l];
        }
        for (var l = 1; l < n - 1; l++)
        {
            m[l] = m[l] / total * 0.95;
        }
        m[n - 1] = 0.05;
        return m;
    }
}
