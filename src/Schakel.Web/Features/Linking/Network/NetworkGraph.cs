using Schakel.Core.Identifiers;
using Schakel.Core.Linking.Normalization;

namespace Schakel.Web.Features.Linking.Network;

public enum NetworkNodeKind
{
    Person = 0,
    Phone = 1,
    Email = 2,
    Address = 3,
    Vehicle = 4,
    Handle = 5,
    AdLink = 6,
    Ad = 7,
}

public enum NetworkEdgeKind
{
    /// <summary>A person carries this identifier in one of its signals.</summary>
    Carries = 0,
    /// <summary>The ketenregisseur confirmed "wel verband, niet dezelfde persoon".</summary>
    Relation = 1,
    /// <summary>A pair still to be assessed: drawn dashed, never counted for the network or its flag.</summary>
    Candidate = 2,
    /// <summary>A screened ad shows this phone number or handle.</summary>
    AdShares = 3,
}

/// <summary>A node: a person (one or more subjects decided "zelfde persoon"), an identifier or an ad.</summary>
public sealed record NetworkNode(string Key, NetworkNodeKind Kind, string Label, IReadOnlyList<string> Details, bool Pending = false, string? Href = null)
{
    public bool IsIdentifier => Kind is not (NetworkNodeKind.Person or NetworkNodeKind.Ad);
}

public sealed record NetworkEdge(string From, string To, NetworkEdgeKind Kind, string Label);


/// <summary>
/// The picture of a network, built from the persons the ketenregisseur formed and the links decided or still open.
/// Identifiers are shown as normalised values, so "06-12345678" and "+31 6 1234 5678" are one node.
/// </summary>
public sealed record NetworkGraph(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges)
{
    public static NetworkGraph Build(IReadOnlyList<IReadOnlyList<LinkSide>> persons, IReadOnlyList<LinkSide> pending, IEnumerable<SubjectLink> links, IEnumerable<NetworkAd> ads)
    {
        var nodes = new Dictionary<string, NetworkNode>(StringComparer.Ordinal);
        var edges = new List<NetworkEdge>();
        var personOf = new Dictionary<int, string>();
        foreach (var members in persons.Select(p => p.OrderBy(m => m.Subject.Id).ToList()))
        {
            var key = $"p{members[0].Subject.Id}";
            nodes[key] = PersonNode(key, members, pending: false);
            foreach (var member in members)
            {
                personOf[member.Subject.Id] = key;
            }
            var carried = members.SelectMany(m => NetworkIdentifiers.Of(m.Subject)).DistinctBy(i => i.Key).ToList();
            foreach (var id in carried)
            {
                nodes.TryAdd(id.Key, new NetworkNode(id.Key, id.Kind, id.Value, []));
                edges.Add(new NetworkEdge(key, id.Key, NetworkEdgeKind.Carries, "draagt"));
            }
        }
        foreach (var side in pending.Where(p => !personOf.ContainsKey(p.Subject.Id)))
        {
            var key = $"p{side.Subject.Id}";
            nodes[key] = PersonNode(key, [side], pending: true);
            personOf[side.Subject.Id] = key;
        }
        foreach (var link in links.OrderBy(l => l.SubjectAId).ThenBy(l => l.SubjectBId))
        {
            if (!personOf.TryGetValue(link.SubjectAId, out var a) || !personOf.TryGetValue(link.SubjectBId, out var b) || a == b)
            {
                continue;
            }
            var shared = string.Join(", ", LinkReasons.ToDutch(link.Reasons));
            if (link.Status == LinkStatus.Related)
            {
                edges.Add(new NetworkEdge(a, b, NetworkEdgeKind.Relation, shared.Length == 0 ? "verband" : $"verband: {shared}"));
            }
            else if (link.Status == LinkStatus.Candidate)
            {
                edges.Add(new NetworkEdge(a, b, NetworkEdgeKind.Candidate, $"nog te beoordelen: {LinkLabels.Proposal(link.Kind)}"));
            }
        }
        foreach (var ad in ads.OrderBy(a => a.Id))
        {
            var sharedKeys = NetworkIdentifiers.OfAd(ad.Phone, ad.Handle).Select(i => i.Key).Where(nodes.ContainsKey).Distinct().ToList();
            if (sharedKeys.Count == 0)
            {
                continue;
            }
            var key = $"ad{ad.Id}";
            nodes[key] = new NetworkNode(key, NetworkNodeKind.Ad, $"Advertentie {ad.AdId}", [], Href: $"/advertenties/{ad.Id}");
            edges.AddRange(sharedKeys.Select(k => new NetworkEdge(key, k, NetworkEdgeKind.AdShares, "toont")));
        }
        var ordered = nodes.Values.OrderBy(n => n.Kind).ThenBy(n => n.Pending).ThenBy(n => n.Label, StringComparer.Ordinal).ThenBy(n => n.Key, StringComparer.Ordinal).ToList();
        return new NetworkGraph(ordered, edges);
    }

    /// <summary>Persons that are in the network itself, not only proposed to it.</summary>
    public int PersonCount => Nodes.Count(n => n.Kind == NetworkNodeKind.Person && !n.Pending);

    public IEnumerable<(NetworkNode Other, NetworkEdge Edge)> EdgesOf(NetworkNode node)
    {
        var byKey = Nodes.ToDictionary(n => n.Key, StringComparer.Ordinal);
        foreach (var e in Edges)
        {
            if (e.From == node.Key)
            {
                yield return (byKey[e.To], e);
            }
            else if (e.To == node.Key)
            {
                yield return (byKey[e.From], e);
            }
        }
    }

    private static NetworkNode PersonNode(string key, IReadOnlyList<LinkSide> members, bool pending)
    {
        var label = string.Join(" / ", members.Select(m => m.Name).Distinct(StringComparer.Ordinal));
        var details = members.Select(m => string.Join(" · ", m.Reference, m.Municipality,
            Core.Signals.SignalLabels.Dutch(m.Subject.Role).ToLowerInvariant(), DutchTime.FormatDate(m.Date, "datum onbekend"))).ToList();
        return new NetworkNode(key, NetworkNodeKind.Person, label, details, pending, $"/koppelen/persoon/{members[0].Subject.Id}");
    }
}

/// <summary>The identifiers of a subject in the form the network shows and joins them on.</summary>
public static class NetworkIdentifiers
{
    public sealed record Identifier(NetworkNodeKind Kind, string Value)
    {
        public string Key => $"{Kind}:{Value}";
    }

    public static IEnumerable<Identifier> Of(Core.Signals.Subject s)
    {
        foreach (var phone in PhoneNormalizer.NormalizeMany(Joined(s.Phones), out _))
        {
            yield return new(NetworkNodeKind.Phone, phone);
        }
        foreach (var email in EmailNormalizer.NormalizeMany(Joined(s.Emails), out _))
        {
            yield return new(NetworkNodeKind.Email, email);
        }
        foreach (var handle in HandleNormalizer.NormalizeMany(Joined(s.Handles)))
        {
            yield return new(NetworkNodeKind.Handle, handle);
        }
        foreach (var plate in Lines(s.LicensePlates).Select(LicensePlateNormalizer.Normalize).OfType<string>())
        {
            yield return new(NetworkNodeKind.Vehicle, LicensePlateNormalizer.FormatDutch(plate));
        }
        if (AddressText(s) is { } address)
        {
            yield return new(NetworkNodeKind.Address, address);
        }
        foreach (var ad in Lines(s.AdLinks))
        {
            yield return new(NetworkNodeKind.AdLink, ad);
        }
    }

    public static IEnumerable<Identifier> OfAd(string? phone, string? handle) =>
        PhoneNormalizer.NormalizeMany(phone, out _).Select(p => new Identifier(NetworkNodeKind.Phone, p))
            .Concat(HandleNormalizer.NormalizeMany(handle).Select(h => new Identifier(NetworkNodeKind.Handle, h)));

    /// <summary>Postcode and number when known (the Dutch address key), else street, number and city; none for a city alone.</summary>
    private static string? AddressText(Core.Signals.Subject s)
    {
        var a = Address.Create(s.Street, s.HouseNumber, s.Postcode, s.City);
        if (a?.Number is not { } number)
        {
            return null;
        }
        return a.Postcode is not null ? $"{a.Postcode} {number}" : $"{a.StreetKey} {number}, {a.CityKey}";
    }

    private static List<string> Lines(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string? Joined(string? value) => Lines(value) is { Count: > 0 } lines ? string.Join(';', lines) : null;
}
