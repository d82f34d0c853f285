namespace Schakel.IntegrationTests.Dashboard.Disclosure;

/// <summary>
/// The attacker of the security test, made stronger than a real one: it knows the noise bound, it knows which sums
/// hold exactly (every row, column and grand total, every quarter as its months, every year as its quarters and months,
/// every municipality's row in the region table as the same cell asked for that municipality alone), and it narrows
/// every cell down by interval arithmetic until nothing changes. A hidden count counts as recovered when only one value
/// from 0 to 4 is left.
/// </summary>
public sealed class DifferencingAttack(PublishedFigures published, int maxNoise)
{
    private readonly Dictionary<string, (int Lo, int Hi)> _range = new(StringComparer.Ordinal);
    private readonly List<(string Whole, string[] Parts)> _sums = [];

    public IReadOnlyList<(string Whole, string[] Parts)> Sums => _sums;

    public (int Lo, int Hi) Range(string key) => _range[key];

    /// <summary>What a published text allows: "&lt;5" is 0 to 4; a number n stands for n ± the bound, and at least 5.</summary>
    public void Start()
    {
        foreach (var (key, text) in published.Values)
        {
            _range[key] = PublishedFigures.Number(text) is { } n ? (Math.Max(5, n - maxNoise), n + maxNoise) : (0, 4);
        }
    }

    /// <summary>Adds every sum the attacker may use, keeping only those that truly hold (the attacker knows the rules).</summary>
    public void AddSums(IReadOnlyDictionary<string, int> truth, IReadOnlyList<string> areas, int year)
    {
        void Try(string whole, params string[] parts)
        {
            if (truth.TryGetValue(whole, out var w) && parts.All(truth.ContainsKey) && parts.Sum(p => truth[p]) == w
                && _range.ContainsKey(whole) && parts.All(_range.ContainsKey))
            {
                _sums.Add((whole, parts));
            }
        }
        foreach (var (table, (rows, columns)) in published.Tables)
        {
            foreach (var row in rows)
            {
                Try(PublishedFigures.Key(table, row, PublishedFigures.Total), columns.Select(c => PublishedFigures.Key(table, row, c)).ToArray());
            }
            foreach (var column in columns.Append(PublishedFigures.Total))
            {
                Try(PublishedFigures.Key(table, PublishedFigures.Total, column), rows.Select(r => PublishedFigures.Key(table, r, column)).ToArray());
            }
        }
        var months = Enumerable.Range(1, 12).Select(m => $"{year}-{m:00}").ToArray();
        var quarters = Enumerable.Range(1, 4).Select(q => $"{year}-K{q}").ToArray();
        foreach (var area in areas)
        {
            var cells = published.Values.Keys.Where(k => k.StartsWith(area + "|" + year + "|", StringComparison.Ordinal))
                .Select(k => k[(area.Length + 1 + year.ToString().Length + 1)..]).ToHashSet(StringComparer.Ordinal);
            foreach (var cell in cells)
            {
                string At(string period) => $"{area}|{period}|{cell}";
                Try(At($"{year}"), quarters.Select(At).ToArray());
                Try(At($"{year}"), months.Select(At).ToArray());
                for (var q = 0; q < 4; q++)
                {
                    Try(At(quarters[q]), months.Skip(q * 3).Take(3).Select(At).ToArray());
                }
            }
        }
        // A municipality's row in the region's table is the same cell as that municipality asked for alone.
        foreach (var key in published.Values.Keys.Where(k => !k.StartsWith("regio|", StringComparison.Ordinal)))
        {
            var parts = key.Split('|');
            var inRegion = string.Join('|', ["regio", .. parts[1..]]);
            Try(key, inRegion);
            Try(inRegion, key);
        }
    }

    /// <summary>Narrows every range by every sum until nothing changes any more.</summary>
    public void Run()
    {
        for (var round = 0; round < 20; round++)
        {
            var changed = false;
            foreach (var (whole, parts) in _sums)
            {
                var w = _range[whole];
                var lo = parts.Sum(p => _range[p].Lo);
                var hi = parts.Sum(p => _range[p].Hi);
                changed |= Narrow(whole, lo, hi);
                foreach (var part in parts)
                {
                    var others = parts.Where(p => p != part).ToList();
                    changed |= Narrow(part, w.Lo - others.Sum(p => _range[p].Hi), w.Hi - others.Sum(p => _range[p].Lo));
                }
            }
            if (!changed)
            {
                return;
            }
        }
    }

    private bool Narrow(string key, int lo, int hi)
    {
        var (oldLo, oldHi) = _range[key];
        var next = (Math.Max(oldLo, lo), Math.Min(oldHi, hi));
        if (next == (oldLo, oldHi))
        {
            return false;
        }
        _range[key] = next;
        return true;
    }
}
