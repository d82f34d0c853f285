using Schakel.Core.Linking;
using Schakel.Core.Identifiers;

namespace Schakel.Web.Features.Linking;

/// <summary>A network: subjects joined by confirmed links, and the persons among them (subjects decided "zelfde persoon").</summary>
public sealed record NetworkPart(IReadOnlyList<int> SubjectIds, IReadOnlyList<IReadOnlyList<int>> Persons);

/// <summary>
/// Networks from the ketenregisseur's decisions. Identity and relation are two separate unions: "zelfde persoon" links
/// make persons, and both kinds of confirmed links make networks. A relation therefore connects two persons without ever
/// making them one, however many relations there are. Candidates count for neither.
/// </summary>
public static class NetworkComponents
{
    public static IReadOnlyList<NetworkPart> Build(IEnumerable<(int A, int B, LinkStatus Status)> links)
    {
        var network = new DisjointSet<int>();
        var identity = new DisjointSet<int>();
        foreach (var (a, b, status) in links.OrderBy(l => l.A).ThenBy(l => l.B))
        {
            if (status is not (LinkStatus.Confirmed or LinkStatus.Related))
            {
                continue;
            }
            network.Union(a, b);
            if (status == LinkStatus.Confirmed)
            {
                identity.Union(a, b);
            }
            else
            {
                // Both ends are persons of their own even when no identity link touches them.
                identity.Add(a);
                identity.Add(b);
            }
        }
        var personOf = new Dictionary<int, IReadOnlyList<int>>();
        foreach (var person in identity.Clusters())
        {
            var members = person.Order().ToList();
            foreach (var id in members)
            {
                personOf[id] = members;
            }
        }
        return network.Clusters()
            .Select(members => members.Order().ToList())
            .Select(ids => new NetworkPart(ids, ids.Select(id => personOf[id]).Distinct().OrderBy(p => p[0]).ToList()))
            .OrderBy(n => n.SubjectIds[0])
            .ToList();
    }
}
