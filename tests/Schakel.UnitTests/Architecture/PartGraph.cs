namespace Schakel.UnitTests.Architecture;

/// <summary>
/// The parts of Schakel and which part uses which: a feature folder (<c>Features.Signals</c>), an infrastructure
/// folder (<c>Infrastructure.Data</c>) or a Core area (<c>Core.Linking</c>). Sub-namespaces belong to their part.
/// </summary>
public sealed class PartGraph
{
    private PartGraph(IReadOnlyDictionary<string, IReadOnlySet<string>> uses) => Uses = uses;

    public IReadOnlyDictionary<string, IReadOnlySet<string>> Uses { get; }

    public static PartGraph Build(IEnumerable<(string From, string To)> edges, IEnumerable<string> nodes)
    {
        var uses = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var node in nodes)
        {
            uses.TryAdd(node, new SortedSet<string>(StringComparer.Ordinal));
        }
        foreach (var (from, to) in edges)
        {
            if (!uses.TryGetValue(from, out var set))
            {
                set = new SortedSet<string>(StringComparer.Ordinal);
                uses[from] = set;
            }
            set.Add(to);
        }
        return new PartGraph(uses.ToDictionary(u => u.Key, u => (IReadOnlySet<string>)u.Value, StringComparer.Ordinal));
    }

    public static PartGraph From(TypeDependencies types) =>
        Build(types.Edges.SelectMany(e => e.Value.Select(to => (From: PartOf(e.Key), To: PartOf(to))))
            .Where(p => p.From is not null && p.To is not null && p.From != p.To).Select(p => (p.From!, p.To!)),
            types.Edges.Keys.Select(PartOf).OfType<string>());

    /// <summary>
    /// <c>Features.Signals</c> for <c>Schakel.Web.Features.Signals.Intake.X</c>. The composition roots (Program and
    /// <c>Features/FeatureRegistration</c>, which wire every feature up) are no part: they may know everything.
    /// </summary>
    public static string? PartOf(string typeName)
    {
        var ns = typeName[..Math.Max(0, typeName.LastIndexOf('.'))];
        var parts = ns.Split('.');
        return parts switch
        {
            ["Schakel", "Core", var area, ..] => $"Core.{area}",
            ["Schakel", "Web", "Features" or "Infrastructure", var folder, ..] => $"{parts[2]}.{folder}",
            _ => null,
        };
    }

    /// <summary>The groups of parts that reach each other in a circle (Tarjan's strongly connected components).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<IReadOnlyList<string>>();
        foreach (var node in Uses.Keys)
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }
        return result;

        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in Uses.TryGetValue(v, out var ws) ? ws : new HashSet<string>())
            {
                if (!index.TryGetValue(w, out var seen))
                {
                    Visit(w);
                    low[v] = Math.Min(low[v], low[w]);
                }
                else if (onStack.Contains(w))
                {
                    low[v] = Math.Min(low[v], seen);
                }
            }
            if (low[v] != index[v])
            {
                return;
            }
            var component = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                component.Add(x);
            }
            while (x != v);
            if (component.Count > 1)
            {
                component.Sort(StringComparer.Ordinal);
                result.Add(component);
            }
        }
    }
}
