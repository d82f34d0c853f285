using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Schakel.Core.Linking;

/// <summary>
/// Batch linking: normalise, block, compare, learn the model (<see cref="ModelEstimator"/>), score, report. Subjects are numbered in ordinal order of their id, so
/// a pair (i &lt; j) is already (a &lt; b) and sorting the packed pair numbers sorts the output; nothing depends
/// on input order, hash-table order or thread timing.
/// </summary>
public static class LinkEngine
{
    public static IReadOnlyList<CandidateLink> FindLinks(IReadOnlyList<SubjectRecord> records) => Run(records).Links;

    /// <summary>Normalises the records and merges the rows of each subject, in ordinal order of subject id.</summary>
    public static SubjectFeatures[] Subjects(IReadOnlyList<SubjectRecord> records)
    {
        var byId = new SortedDictionary<string, SubjectFeatures>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            var f = FeatureExtractor.Extract(r, null);
            byId[r.SubjectId] = byId.TryGetValue(r.SubjectId, out var known) ? SubjectFeatures.Merge(known, f) : f;
        }
        return [.. byId.Values];
    }

    public static LinkResult Run(IReadOnlyList<SubjectRecord> records, LinkOptions? options = null)
    {
        options ??= new LinkOptions();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxDegreeOfParallelism) };
        var n = records.Count;
        var phases = new List<(string, TimeSpan)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Phase(string name)
        {
            phases.Add((name, clock.Elapsed));
            clock.Restart();
        }

        // Group rows by subject id; rank the ids ordinally.
        var groupOf = new Dictionary<string, int>(n, StringComparer.Ordinal);
        var recordGroup = new int[n];
        var groupIds = new List<string>();
        for (var i = 0; i < n; i++)
        {
            var id = records[i].SubjectId;
            if (!groupOf.TryGetValue(id, out var g))
            {
                g = groupIds.Count;
                groupOf[id] = g;
                groupIds.Add(id);
            }
            recordGroup[i] = g;
        }
        var ids = groupIds.ToArray();
        var order = new int[ids.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(ids, order, StringComparer.Ordinal);
        var rankOfGroup = new int[ids.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            rankOfGroup[order[rank]] = rank;
        }

        Phase("group");
        // Normalise every row.
        var rowFeatures = new SubjectFeatures[n];
        var rowWarnings = new List<string>?[n];
        Parallel.ForEach(Partitioner.Create(0, Math.Max(n, 1), 4096), parallel, range =>
        {
            var w = new List<string>();
            for (var i = range.Item1; i < range.Item2 && i < n; i++)
            {
                rowFeatures[i] = FeatureExtractor.Extract(records[i], w);
                if (w.Count > 0)
                {
                    rowWarnings[i] = [.. w];
                    w.Clear();
                }
            }
        });
        var subjects = new SubjectFeatures[ids.Length];
        for (var i = 0; i < n; i++)
        {
            var r = rankOfGroup[recordGroup[i]];
            subjects[r] = subjects[r] is null ? rowFeatures[i] : SubjectFeatures.Merge(subjects[r], rowFeatures[i]);
        }
        rowFeatures = null!;
        Phase("normalise");

        var (keys, owners) = CollectKeys(subjects, parallel);
        Phase("keys");
        Array.Sort(keys, owners);
        Phase("sort");
        var pairsByKind = new long[16];
        var (pairs, skipped) = PairsFromBlocks(keys, owners, pairsByKind);
        Phase("pairs");
        keys = null!;
        owners = null!;

        // Compare every blocked pair once: its level pattern, what agreed, and how rare the shared name or street is.
        // A given model scores exactly as it does everywhere else, with its own u and term frequencies. Otherwise only the
        // common values are counted, as a stored model keeps them, so the run scores exactly as its saved model will.
        var prior = options.UsePriorModel ? options.PriorModel ?? DefaultModel.Instance : null;
        var given = options.Model;
        var terms = given?.Terms ?? TermFrequencies.Count(subjects).Shared();
        long randomPairs = 0;
        var u = given?.U ?? ModelEstimator.EstimateU(subjects, prior, parallel, out randomPairs);
        Phase("u");
        var patterns = new int[pairs.Length];
        var reasons = new MatchReason[pairs.Length];
        var termBits = new float[pairs.Length];
        Parallel.ForEach(Partitioner.Create(0, Math.Max(pairs.Length, 1), 8192), parallel, range =>
        {
            for (var p = range.Item1; p < range.Item2 && p < pairs.Length; p++)
            {
                var c = PairComparison.Compare(subjects[(int)(pairs[p] >> 32)], subjects[(int)(uint)pairs[p]]);
                patterns[p] = c.Pattern;
                reasons[p] = c.Reasons;
                var (name, street) = terms.Adjustment(c, u);
                termBits[p] = (float)(name + street);
            }
        });
        Phase("compare");
        var patternCounts = new Dictionary<int, long>();
        foreach (var p in patterns)
        {
            ref var c = ref CollectionsMarshal.GetValueRefOrAddDefault(patternCounts, p, out _);
            c++;
        }
        var model = given;
        if (model is null)
        {
            var totalPairs = (long)subjects.Length * (subjects.Length - 1) / 2;
            var (lambda, m, iterations, converged, expected) = ModelEstimator.EstimateM(patternCounts, u, totalPairs, prior);
            model = new LinkModel(lambda, m, u, terms, new ModelFit(subjects.Length, randomPairs, pairs.Length, iterations, converged, expected));
        }
        Phase("estimate");

        var patternWeight = new double[PairComparison.PatternCount];
        var nameDiffers = new bool[PairComparison.PatternCount];
        foreach (var p in patternCounts.Keys)
        {
            patternWeight[p] = model.PriorLogOdds + model.PatternWeight(p);
            nameDiffers[p] = PairComparison.LevelOf(p, ComparisonField.Name) == (int)NameLevel.Different;
        }
        // Below this a pair that shares no identifier is not kept; most blocked pairs end here without more work.
        var floor = options.MinScore <= 0 ? double.NegativeInfinity : Math.Log2(options.MinScore / (1 - options.MinScore)) - 0.01;
        var links = new List<CandidateLink>();
        var tokenCache = new Dictionary<MatchReason, IReadOnlyList<string>>();
        for (var p = 0; p < pairs.Length; p++)
        {
            var logOdds = patternWeight[patterns[p]] + termBits[p];
            if (logOdds < floor && (reasons[p] & LinkClassifier.SharedIdentifiers) == 0)
            {
                continue;
            }
            var a = (int)(pairs[p] >> 32);
            var b = (int)(uint)pairs[p];
            var score = Math.Round(LinkModel.ToScore(logOdds), 4);
            var kind = LinkClassifier.Classify(score, reasons[p], subjects[a].Role, subjects[b].Role, nameDiffers[patterns[p]]);
            if (!LinkClassifier.Keep(kind, score, reasons[p], options.MinScore))
            {
                continue;
            }
            if (!tokenCache.TryGetValue(reasons[p], out var tokens))
            {
                tokens = MatchReasons.ToTokens(reasons[p]);
                tokenCache[reasons[p]] = tokens;
            }
            links.Add(new CandidateLink(ids[a], ids[b], score, tokens, kind));
        }

        var warnings = new List<RecordWarning>();
        for (var i = 0; i < n; i++)
        {
            if (rowWarnings[i] is { } list)
            {
                foreach (var message in list)
                {
                    warnings.Add(new RecordWarning(i, message));
                }
            }
        }
        Phase("collect");
        return new LinkResult
        {
            Phases = phases,
            BlockPairs = Enum.GetValues<BlockKind>().Select(k => (k, pairsByKind[(int)k])).ToList(),
            Links = links,
            Warnings = warnings,
            Subjects = ids.Length,
            Model = model,
            PairsScored = pairs.Length,
            SkippedBlocks = skipped,
        };
    }

    private static (ulong[] Keys, int[] Owners) CollectKeys(SubjectFeatures[] subjects, ParallelOptions parallel)
    {
        const int chunk = 16384;
        var chunks = (subjects.Length + chunk - 1) / chunk;
        var perChunk = new List<ulong>[chunks];
        var perChunkOwners = new List<int>[chunks];
        Parallel.For(0, chunks, parallel, c =>
        {
            var keys = new List<ulong>(chunk * 8);
            var owners = new List<int>(chunk * 8);
            var end = Math.Min(subjects.Length, (c + 1) * chunk);
            for (var s = c * chunk; s < end; s++)
            {
                var before = keys.Count;
                BlockingKeys.Generate(subjects[s], keys);
                for (var k = before; k < keys.Count; k++)
                {
                    owners.Add(s);
                }
            }
            perChunk[c] = keys;
            perChunkOwners[c] = owners;
        });
        var total = 0;
        foreach (var list in perChunk)
        {
            total += list.Count;
        }
        var allKeys = new ulong[total];
        var allOwners = new int[total];
        var at = 0;
        for (var c = 0; c < chunks; c++)
        {
            CollectionsMarshal.AsSpan(perChunk[c]).CopyTo(allKeys.AsSpan(at));
            CollectionsMarshal.AsSpan(perChunkOwners[c]).CopyTo(allOwners.AsSpan(at));
            at += perChunk[c].Count;
        }
        return (allKeys, allOwners);
    }

    private static (ulong[] Pairs, int Skipped) PairsFromBlocks(ulong[] keys, int[] owners, long[] pairsByKind)
    {
        var pairs = new List<ulong>(keys.Length);
        var skipped = 0;
        var start = 0;
        while (start < keys.Length)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }
            var size = end - start;
            if (size > 1)
            {
                if (size > BlockingKeys.Cap(BlockingKeys.KindOf(keys[start])))
                {
                    skipped++;
                }
                else
                {
                    pairsByKind[(int)BlockingKeys.KindOf(keys[start])] += (long)size * (size - 1) / 2;
                    for (var i = start; i < end; i++)
                    {
                        for (var j = i + 1; j < end; j++)
                        {
                            var a = owners[i];
                            var b = owners[j];
                            if (a != b)
                            {
                                pairs.Add(a < b ? ((ulong)a << 32) | (uint)b : ((ulong)b << 32) | (uint)a);
                            }
                        }
                    }
                }
            }
            start = end;
        }
        var span = CollectionsMarshal.AsSpan(pairs);
        span.Sort();
        var w = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (i == 0 || span[i] != span[i - 1])
            {
                span[w++] = span[i];
            }
        }
        return (span[..w].ToArray(), skipped);
    }
}
