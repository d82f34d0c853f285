namespace Schakel.Core.Linking;

/// <summary>The u side of estimation: how often fields agree by chance, from random pairs and exact value counts.</summary>
public static partial class ModelEstimator
{
    /// <summary>u per field and level from random pairs; identifiers exactly from their value counts.</summary>
    public static double[][] EstimateU(IReadOnlyList<SubjectFeatures> subjects, LinkModel? prior, ParallelOptions parallel, out long sampled)
    {
        var n = subjects.Count;
        var totalPairs = (long)n * (n - 1) / 2;
        var all = totalPairs <= RandomPairs;
        var draws = all ? totalPairs : RandomPairs;
        sampled = draws;
        const int chunk = 1 << 15;
        var chunks = (int)((draws + chunk - 1) / chunk);
        var counts = new long[chunks][];
        Parallel.For(0, chunks, parallel, c =>
        {
            var local = NewCounts();
            var start = (long)c * chunk;
            var end = Math.Min(draws, start + chunk);
            var rng = new SplitMix64(0x5C4A_4B45_4Cu + (ulong)c);
            var (ai, aj) = all ? Unrank(start, n) : (0, 0);
            for (var k = start; k < end; k++)
            {
                int i, j;
                if (all)
                {
                    (i, j) = (ai, aj);
                    if (++aj == n)
                    {
                        ai++;
                        aj = ai + 1;
                    }
                }
                else
                {
                    i = (int)rng.Next((ulong)n);
                    j = (int)rng.Next((ulong)(n - 1));
                    if (j >= i)
                    {
                        j++;
                    }
                }
                var cmp = PairComparison.Compare(subjects[i], subjects[j]);
                foreach (var f in ComparisonFields.All)
                {
                    local[Offset(f) + cmp.Level(f)]++;
                }
            }
            counts[c] = local;
        });
        var sum = NewCounts();
        foreach (var local in counts)
        {
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] += local[i];
            }
        }
        // The identifiers' exact counts, one field per core.
        var exact = new (double[]? U, long Weight)[ComparisonFields.Count];
        Parallel.ForEach([ComparisonField.Phone, ComparisonField.Email, ComparisonField.Handle, ComparisonField.Plate], parallel,
            f => exact[(int)f] = ExactIdentifierU(subjects, f));
        var u = new double[ComparisonFields.Count][];
        foreach (var f in ComparisonFields.All)
        {
            var levels = ComparisonFields.LevelCount(f);
            u[(int)f] = new double[levels];
            var known = 0L;
            for (var l = 1; l < levels; l++)
            {
                known += sum[Offset(f) + l];
            }
            var identifier = exact[(int)f];
            for (var l = 1; l < levels; l++)
            {
                // Half a pair per level keeps a level never seen among random pairs finite and small.
                var raw = (sum[Offset(f) + l] + 0.5) / (known + (0.5 * (levels - 1)));
                var weight = known;
                if (identifier.U is not null)
                {
                    (raw, weight) = (identifier.U[l], identifier.Weight);
                }
                u[(int)f][l] = prior is null ? raw : ((raw * weight) + (PriorPairs * prior.U[(int)f][l])) / (weight + PriorPairs);
            }
        }
        return u;
    }


    /// <summary>
    /// u of an identifier's agreement levels over all pairs of subjects that carry one: Σ c(c-1) / n(n-1) over the values.
    /// Random sampling would almost never see two subjects share a phone, which would make the estimate zero.
    /// </summary>
    private static (double[]? U, long Weight) ExactIdentifierU(IReadOnlyList<SubjectFeatures> subjects, ComparisonField field)
    {
        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        var carriers = 0L;
        foreach (var s in subjects)
        {
            var list = field switch
            {
                ComparisonField.Phone => s.Phones,
                ComparisonField.Email => s.Emails,
                ComparisonField.Handle => s.Handles,
                _ => s.Plates,
            };
            if (list.Length == 0)
            {
                continue;
            }
            carriers++;
            foreach (var v in list)
            {
                ref var c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(values, v, out _);
                c++;
            }
        }
        var pairs = carriers * (carriers - 1);
        if (pairs <= 0)
        {
            return (Enumerable.Repeat(0.5, ComparisonFields.LevelCount(field)).ToArray(), 0);
        }
        double agreeMobile = 0, agreeFixed = 0;
        foreach (var (value, c) in values)
        {
            var shared = (double)c * (c - 1);
            if (field == ComparisonField.Phone && Identifiers.PhoneNormalizer.IsDutchLandline(value))
            {
                agreeFixed += shared;
            }
            else
            {
                agreeMobile += shared;
            }
        }
        var floor = 1.0 / pairs;
        var agree = Math.Max(agreeMobile / pairs, floor);
        var fixedLine = Math.Max(agreeFixed / pairs, floor);
        double[] u = field == ComparisonField.Phone
            ? [0, agree, fixedLine, Math.Max(1 - agree - fixedLine, floor)]
            : [0, agree, Math.Max(1 - agree, floor)];
        return (u, carriers * (carriers - 1) / 2);
    }

    private static int Offset(ComparisonField f)
    {
        var o = 0;
        foreach (var g in ComparisonFields.All)
        {
            if (g == f)
            {
                return o;
            }
            o += ComparisonFields.LevelCount(g);
        }
        return o;
    }

    private static long[] NewCounts() => new long[ComparisonFields.All.Sum(ComparisonFields.LevelCount)];

    /// <summary>The k-th pair (i &lt; j) of n in row order.</summary>
    private static (int I, int J) Unrank(long k, int n)
    {
        var i = 0;
        var rowLength = (long)n - 1;
        while (k >= rowLength)
        {
            k -= rowLength;
            i++;
            rowLength--;
        }
        return (i, i + 1 + (int)k);
    }

    private struct SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next(ulong bound)
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return z % bound;
        }
    }
}
