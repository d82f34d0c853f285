using Schakel.Core.Ads;

namespace Schakel.Web.Features.Ads;

public sealed record GraphNode(string Id, string Label, string Kind, double X, double Y);

public sealed record GraphEdge(string From, string To, double X1, double Y1, double X2, double Y2);

/// <summary>
/// The network of one cluster as a two-column drawing: ads on the left, what ties them (phone, handle, photo, similar
/// text) on the right, a line for every tie. Columns instead of a force layout keep it deterministic, readable at any
/// size and drawable without script. Near-duplicate pairs are not stored, so ads whose text has a near-duplicate are
/// tied to one "vergelijkbare tekst" node.
/// </summary>
public sealed class ClusterGraph
{
    public const double Width = 720, RowHeight = 44, Top = 30, AdX = 150, TieX = 560;

    public List<GraphNode> Nodes { get; } = [];
    public List<GraphEdge> Edges { get; } = [];
    public double Height { get; private set; }

    public static ClusterGraph Build(IReadOnlyList<StoredAd> ads)
    {
        var graph = new ClusterGraph();
        var ties = new List<(string Id, string Label, string Kind)>();
        var tiesOf = new Dictionary<int, List<string>>();
        string Tie(string kind, string value, string label)
        {
            var id = kind + ":" + value;
            if (!ties.Any(t => t.Id == id))
            {
                ties.Add((id, label, kind));
            }
            return id;
        }
        foreach (var ad in ads)
        {
            var list = new List<string>();
            if (ad.Phone is { } phone) { list.Add(Tie("phone", phone, phone)); }
            if (ad.Handle is { } handle) { list.Add(Tie("handle", handle, "@" + handle)); }
            if (ad.PhotoHash is { } photo) { list.Add(Tie("photo", photo, "foto " + (photo.Length > 10 ? photo[..10] + "…" : photo))); }
            if (ad.Indicators.Split(';').Contains(IndicatorCodes.NearDuplicateText)) { list.Add(Tie("text", "near", "vergelijkbare tekst")); }
            tiesOf[ad.Id] = list;
        }
        // A tie used by one ad only explains nothing about the cluster; it is left out of the drawing (not of the table).
        var shared = ties.Where(t => tiesOf.Values.Count(l => l.Contains(t.Id)) > 1).ToList();
        var rows = Math.Max(ads.Count, shared.Count);
        graph.Height = Top * 2 + Math.Max(1, rows - 1) * RowHeight;
        double Y(int index, int count) => Top + (rows - count) * RowHeight / 2 + index * RowHeight;
        for (var i = 0; i < ads.Count; i++)
        {
            var ad = ads[i];
            graph.Nodes.Add(new GraphNode("ad:" + ad.Id, ad.AdId + (ad.City is null ? "" : " · " + ad.City), ad.Flagged ? "flagged" : "ad", AdX, Y(i, ads.Count)));
        }
        for (var i = 0; i < shared.Count; i++)
        {
            graph.Nodes.Add(new GraphNode(shared[i].Id, shared[i].Label, shared[i].Kind, TieX, Y(i, shared.Count)));
        }
        var position = graph.Nodes.ToDictionary(n => n.Id);
        foreach (var ad in ads)
        {
            foreach (var tie in tiesOf[ad.Id].Where(position.ContainsKey))
            {
                var a = position["ad:" + ad.Id];
                var t = position[tie];
                graph.Edges.Add(new GraphEdge(a.Id, t.Id, a.X, a.Y, t.X, t.Y));
            }
        }
        return graph;
    }

    public static string KindLabel(string kind) => kind switch
    {
        "phone" => "telefoonnummer",
        "handle" => "account",
        "photo" => "foto",
        "text" => "tekst",
        "flagged" => "advertentie, gemarkeerd",
        _ => "advertentie",
    };
}
