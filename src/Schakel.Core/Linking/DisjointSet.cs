namespace Schakel.Core.Linking;

/// <summary>
/// Union-find over confirmed links: every subject belongs to exactly one cluster. Union by size and path
/// halving keep each operation effectively constant time. The representative of a cluster is not
/// meaningful by itself; use <see cref="Clusters"/> for a stable listing.
/// </summary>
public sealed class DisjointSet<T> where T : notnull
{
    private readonly Dictionary<T, int> _index;
    private readonly List<T> _items = [];
    private readonly List<int> _parent = [];
    private readonly List<int> _size = [];

    public DisjointSet(IEqualityComparer<T>? comparer = null) => _index = new Dictionary<T, int>(comparer);

    public int Count => _items.Count;

    /// <summary>Number of clusters among the items added so far.</summary>
    public int ClusterCount { get; private set; }

    /// <summary>Adds an item as its own cluster; does nothing when it is already known.</summary>
    public void Add(T item) => IndexOf(item);

    /// <summary>Joins the clusters of both items; returns false when they were already one cluster.</summary>
    public bool Union(T a, T b)
    {
        var ra = Root(IndexOf(a));
        var rb = Root(IndexOf(b));
        if (ra == rb)
        {
            return false;
        }
        if (_size[ra] < _size[rb])
        {
            (ra, rb) = (rb, ra);
        }
        _parent[rb] = ra;
        _size[ra] += _size[rb];
        ClusterCount--;
        return true;
    }

    public bool Connected(T a, T b) =>
        _index.TryGetValue(a, out var ia) && _index.TryGetValue(b, out var ib) && Root(ia) == Root(ib);

    /// <summary>The representative item of the cluster of <paramref name="item"/>.</summary>
    public T Find(T item) => _items[Root(IndexOf(item))];

    public int SizeOf(T item) => _size[Root(IndexOf(item))];

    /// <summary>All clusters, each in insertion order, ordered by their first-inserted member.</summary>
    public IReadOnlyList<IReadOnlyList<T>> Clusters()
    {
        var byRoot = new Dictionary<int, List<T>>();
        var result = new List<IReadOnlyList<T>>();
        for (var i = 0; i < _items.Count; i++)
        {
            var r = Root(i);
            if (!byRoot.TryGetValue(r, out var list))
            {
                list = [];
                byRoot[r] = list;
                result.Add(list);
            }
            list.Add(_items[i]);
        }
        return result;
    }

    private int IndexOf(T item)
    {
        if (!_index.TryGetValue(item, out var i))
        {
            i = _items.Count;
            _index[item] = i;
            _items.Add(item);
            _parent.Add(i);
            _size.Add(1);
            ClusterCount++;
        }
        return i;
    }

    private int Root(int i)
    {
        while (_parent[i] != i)
        {
            _parent[i] = _parent[_parent[i]];
            i = _parent[i];
        }
        return i;
    }
}
