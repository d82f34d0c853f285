using System.Globalization;

namespace Schakel.Web.Features.Linking.Network;

/// <summary>
/// Places the nodes without any randomness, so the same network always looks the same and a change in the picture
/// means a change in the data: persons and ads on an outer circle, identifiers on an inner ring, each in the graph's
/// sorted order, starting at the top and going clockwise.
/// </summary>
public sealed class NetworkLayout
{
    /// <summary>Wider than high: labels of the outer ring run sideways and need the room.</summary>
    public const double Width = 980, Height = 760;
    private const double CentreX = Width / 2, CentreY = Height / 2;
    private const double OuterRadius = 270;
    private const double InnerRadius = 130;

    private readonly Dictionary<string, (double X, double Y)> _positions = new(StringComparer.Ordinal);

    public NetworkLayout(NetworkGraph graph)
    {
        Ring(graph.Nodes.Where(n => !n.IsIdentifier).ToList(), OuterRadius);
        Ring(graph.Nodes.Where(n => n.IsIdentifier).ToList(), InnerRadius);
    }

    public (double X, double Y) this[string key] => _positions[key];

    /// <summary>Where a node's label goes: outward from the centre, so labels of the outer ring do not cover the lines.</summary>
    public (double X, double Y, string Anchor) LabelOf(string key)
    {
        var (x, y) = _positions[key];
        var (dx, dy) = (x - CentreX, y - CentreY);
        var length = Math.Sqrt(dx * dx + dy * dy);
        if (length < 1)
        {
            return (x, y + 30, "middle");
        }
        var (lx, ly) = (x + dx / length * 24, y + dy / length * 24);
        var anchor = Math.Abs(dx) < 20 ? "middle" : dx > 0 ? "start" : "end";
        return (lx, ly + 4, anchor);
    }

    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private void Ring(IReadOnlyList<NetworkNode> nodes, double radius)
    {
        if (nodes.Count == 1 && radius == InnerRadius)
        {
            _positions[nodes[0].Key] = (CentreX, CentreY);
            return;
        }
        for (var i = 0; i < nodes.Count; i++)
        {
            // Outer nodes start at the top; the inner ring is turned half a step so its lines cross fewer labels.
            var offset = radius == InnerRadius ? 0.5 : 0;
            var angle = -Math.PI / 2 + 2 * Math.PI * (i + offset) / nodes.Count;
            _positions[nodes[i].Key] = (Math.Round(CentreX + radius * Math.Cos(angle), 1), Math.Round(CentreY + radius * Math.Sin(angle), 1));
        }
    }
}
