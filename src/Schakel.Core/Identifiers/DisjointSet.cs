using System.Runtime.CompilerServices;

namespace Schakel.Core.Identifiers;

/// <summary>
/// Union-find over the indices 0..n-1 (ads sharing a phone, handle or photo; subjects joined by links). Union by size
/// and path halving keep each operation effectively constant time.
/// </summary>
public sealed class DisjointSet
{
    private readonly List<int> _parent;
    private readonly List<int> _size;

    public DisjointSet(int count)
    {
        _parent = new List<int>(count);
        _size = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            Add();
        }
    }

    /// <summary>Number of clusters among the indices so far.</summary>
    public int ClusterCount { get; private set; }

    /// <summary>Adds the next index as its own cluster and returns it.</summary>
    public int Add()
    {
        var i = _parent.Count;
        _parent.Add(i);
        _size.Add(1);
        ClusterCount++;
        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }
        return x;
    }

    /// <summary>Joins the clusters of both indices; returns false when they were already one cluster.</summary>
    public bool Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
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

    public int SizeOf(int x) => _size[Find(x)];
}

/// <summary>
/// Union-find over any items (subjects joined by confirmed links): every item belongs to exactly one cluster. The
/// representative of a cluster is not meaningful by itself; use <see cref="Clusters"/> for a stable listing.
/// </summary>
public sealed class DisjointSet<T> where T : notnull
{
    private readonly Dictionary<T, int> _index;
    private readonly List<T> _items = [];
    private readonly DisjointSet _sets = new(0);

    public DisjointSet(IEqualityComparer<T>? comparer = null) => _index = new Dictionary<T, int>(comparer);

    public int Count => _items.Count;

    /// <summary>Number of clusters among the items added so far.</summary>
    public int ClusterCount => _sets.ClusterCount;

    /// <summary>Adds an item as its own cluster; does nothing when it is already known.</summary>
    public void Add(T item) => IndexOf(item);

    /// <summary>Joins the clusters of both items; returns false when they were already one cluster.</summary>
    public bool Union(T a, T b) => _sets.Union(IndexOf(a), IndexOf(b));

    public bool Connected(T a, T b) =>
        _index.TryGetValue(a, out var ia) && _index.TryGetValue(b, out var ib) && _sets.Find(ia) == _sets.Find(ib);

    /// <summary>The representative item of the cluster of <paramref name="item"/>.</summary>
    public T Find(T item) => _items[_sets.Find(IndexOf(item))];

    public int SizeOf(T item) => _sets.SizeOf(IndexOf(item));

    /// <summary>All clusters, each in insertion order, ordered by their first-inserted member.</summary>
    public IReadOnlyList<IReadOnlyList<T>> Clusters()
    {
        var byRoot = new Dictionary<int, List<T>>();
        var result = new List<IReadOnlyList<T>>();
        for (var i = 0; i < _items.Count; i++)
        {
            var r = _sets.Find(i);
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
            _sets.Add();
        }
        return i;
    }
}
