namespace Schakel.Core.Linking;

/// <summary>
/// In-memory index for live matching: a new subject is compared only with indexed subjects that share a
/// blocking key with it, with the same caps and model as the batch engine. Each key maps to a chain of entries held
/// in flat arrays (no list per key), which keeps a million subjects at a few hundred megabytes.
/// Not thread-safe for writers; concurrent <see cref="FindCandidates"/> calls are safe when no
/// <see cref="Add"/> runs at the same time.
/// </summary>
public sealed class SubjectIndex(LinkModel? model = null)
{
    private readonly LinkModel _model = model ?? DefaultModel.Instance;

    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly List<SubjectFeatures> _subjects = [];
    private readonly Dictionary<ulong, (int Head, int Count)> _blocks = [];
    private int[] _next = new int[1024];
    private int[] _owner = new int[1024];
    private int _entries;

    public int Count => _subjects.Count;

    /// <summary>Adds a subject; a row with a subject id that is already indexed enriches that subject.</summary>
    public void Add(SubjectRecord record, List<string>? warnings = null)
    {
        var features = FeatureExtractor.Extract(record, warnings);
        var known = new List<ulong>();
        int slot;
        if (_byId.TryGetValue(record.SubjectId, out slot))
        {
            // Only keys the subject did not have yet, so block sizes keep counting subjects, not rows.
            BlockingKeys.Generate(_subjects[slot], known);
            features = SubjectFeatures.Merge(_subjects[slot], features);
            _subjects[slot] = features;
        }
        else
        {
            slot = _subjects.Count;
            _byId[record.SubjectId] = slot;
            _subjects.Add(features);
        }
        var keys = new List<ulong>(16);
        BlockingKeys.Generate(features, keys);
        foreach (var key in keys)
        {
            if (known.Count == 0 || known.BinarySearch(key) < 0)
            {
                AddEntry(key, slot);
            }
        }
    }

    /// <summary>
    /// Scored candidates for <paramref name="record"/>, best first (ties by subject id), at most
    /// <paramref name="max"/>. The subject itself (same id) is never returned.
    /// </summary>
    public IReadOnlyList<CandidateLink> FindCandidates(SubjectRecord record, double minScore = 0.05, int max = 50)
    {
        var query = FeatureExtractor.Extract(record, null);
        if (_byId.TryGetValue(record.SubjectId, out var own))
        {
            query = SubjectFeatures.Merge(_subjects[own], query);
        }
        else
        {
            own = -1;
        }
        var keys = new List<ulong>(16);
        BlockingKeys.Generate(query, keys);
        var seen = new HashSet<int>();
        var found = new List<(double Score, string Id, MatchReason Reasons, LinkKind Kind)>();
        foreach (var key in keys)
        {
            if (!_blocks.TryGetValue(key, out var block) || block.Count >= BlockingKeys.Cap(BlockingKeys.KindOf(key)))
            {
                continue;
            }
            for (var e = block.Head; e >= 0; e = _next[e])
            {
                var s = _owner[e];
                if (s == own || !seen.Add(s))
                {
                    continue;
                }
                var score = _model.Score(query, _subjects[s]);
                var value = Math.Round(score.Score, 4);
                if (LinkClassifier.Keep(score.Kind, value, score.Reasons, minScore))
                {
                    found.Add((value, _subjects[s].SubjectId, score.Reasons, score.Kind));
                }
            }
        }
        found.Sort((x, y) =>
        {
            var c = y.Score.CompareTo(x.Score);
            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        });
        var result = new List<CandidateLink>(Math.Min(max, found.Count));
        for (var i = 0; i < found.Count && i < max; i++)
        {
            var (score, id, reasons, kind) = found[i];
            var a = string.CompareOrdinal(record.SubjectId, id) < 0;
            result.Add(new CandidateLink(a ? record.SubjectId : id, a ? id : record.SubjectId, score, MatchReasons.ToTokens(reasons), kind));
        }
        return result;
    }

    private void AddEntry(ulong key, int slot)
    {
        if (_entries == _next.Length)
        {
            Array.Resize(ref _next, _next.Length * 2);
            Array.Resize(ref _owner, _owner.Length * 2);
        }
        ref var block = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_blocks, key, out var exists);
        _owner[_entries] = slot;
        _next[_entries] = exists ? block.Head : -1;
        block = (_entries, exists ? block.Count + 1 : 1);
        _entries++;
    }
}
