using Schakel.Core.Linking;
using Schakel.Core.Signals;
using Schakel.Web.Features.Linking;
using Schakel.Web.Features.Linking.Network;

namespace Schakel.UnitTests.Linking;

/// <summary>Networks beside identity: persons from "zelfde persoon", networks from every confirmed link, the picture.</summary>
public sealed class NetworkTests
{
    private static LinkSide Side(int id, string name, SubjectRole role, string? phones = null, string? plates = null, string? handles = null,
        string? street = null, string? number = null, string? postcode = null) =>
        new(new Subject
        {
            Id = id, SignalId = 100 + id, FullName = name, Role = role, Phones = phones, LicensePlates = plates, Handles = handles,
            Street = street, HouseNumber = number, Postcode = postcode,
        }, $"MH-{id}", "Zwolle", "Politie", SignalStatus.New, new DateOnly(2026, 11, id));

    private static SubjectLink Link(int a, int b, LinkStatus status, LinkKind kind = LinkKind.Related, string reasons = "phone")
    {
        var link = new SubjectLink { SubjectAId = a, SubjectBId = b, Kind = kind, Reasons = reasons };
        if (status != LinkStatus.Candidate)
        {
            link.Decide(status, new Core.Common.Actor(null, "Ketenregisseur"), "Besloten.", DateTimeOffset.UnixEpoch);
        }
        return link;
    }

    [Fact]
    public void A_relation_joins_two_persons_in_one_network_without_making_them_one_person()
    {
        var networks = NetworkComponents.Build([(1, 2, LinkStatus.Related), (2, 3, LinkStatus.Related), (1, 3, LinkStatus.Related)]);

        var network = networks.ShouldHaveSingleItem();
        network.SubjectIds.ShouldBe([1, 2, 3]);
        network.Persons.Select(p => p.ToList()).ShouldBe([[1], [2], [3]]);
    }

    [Fact]
    public void Identity_links_form_persons_and_relations_connect_them()
    {
        var networks = NetworkComponents.Build([(4, 5, LinkStatus.Confirmed), (5, 9, LinkStatus.Related), (9, 12, LinkStatus.Confirmed), (20, 21, LinkStatus.Confirmed)]);

        networks.Count.ShouldBe(2);
        networks[0].SubjectIds.ShouldBe([4, 5, 9, 12]);
        networks[0].Persons.Select(p => p.ToList()).ShouldBe([[4, 5], [9, 12]]);
        networks[1].Persons.Select(p => p.ToList()).ShouldBe([[20, 21]]);
    }

    [Fact]
    public void Candidates_and_rejected_pairs_connect_nothing()
    {
        var networks = NetworkComponents.Build([(1, 2, LinkStatus.Candidate), (2, 3, LinkStatus.Rejected), (3, 4, LinkStatus.Related)]);

        networks.ShouldHaveSingleItem().SubjectIds.ShouldBe([3, 4]);
    }

    [Fact]
    public void Three_signals_from_two_sources_across_three_persons_flag_the_network()
    {
        ClusterSignal Signal(int id, string source) => new(id, $"MH-{id}", 1, "Zwolle", source, SignalStatus.New, false);
        var options = new LinkingOptions();

        ClusterFlags.Reasons([Signal(1, "ZORG"), Signal(2, "POLITIE"), Signal(3, "BURGER")], options, persons: 3)
            .ShouldBe(["3 meldingen uit 3 verschillende bronnen, 3 personen in één netwerk"]);
        ClusterFlags.Reasons([Signal(1, "ZORG"), Signal(2, "POLITIE")], options, persons: 2).ShouldBeEmpty();
        ClusterFlags.Reasons([Signal(1, "ZORG"), Signal(2, "ZORG"), Signal(3, "ZORG")], options, persons: 3).ShouldBeEmpty();
    }

    [Fact]
    public void A_victim_and_a_suspect_sharing_a_phone_and_a_plate_are_scored_as_related()
    {
        var lisa = SubjectRecords.Features(Side(1, "Lisa Verhoef", SubjectRole.PossibleVictim, phones: "06-4127 8390", plates: "ZX-482-K").Subject);
        var mo = SubjectRecords.Features(Side(2, "Mo Bakkali", SubjectRole.PossiblePerpetrator, phones: "+31 6 41278390", plates: "zx482k").Subject);

        var pair = DefaultModel.Instance.Score(lisa, mo);

        pair.Kind.ShouldBe(LinkKind.Related);
        (pair.Reasons & MatchReason.Phone).ShouldBe(MatchReason.Phone);
        (pair.Reasons & MatchReason.LicensePlate).ShouldBe(MatchReason.LicensePlate);
    }

    [Theory]
    [InlineData(SubjectRole.PossibleVictim, "victim")]
    [InlineData(SubjectRole.PossiblePerpetrator, "suspect")]
    [InlineData(SubjectRole.Other, "other")]
    public void The_subject_role_reaches_the_engine(SubjectRole role, string token)
    {
        var record = SubjectRecords.ToRecords(new Subject { Id = 1, SignalId = 2, Role = role }).Single();
        record.Role.ShouldBe(token);
    }

    [Fact]
    public void The_picture_shows_persons_shared_identifiers_once_in_normal_form_relations_and_open_pairs()
    {
        var lisa = Side(1, "Lisa Verhoef", SubjectRole.PossibleVictim, phones: "06-4127 8390", plates: "ZX-482-K", handles: "@demo_lisa");
        var mo = Side(2, "Mo Bakkali", SubjectRole.PossiblePerpetrator, phones: "+31 6 41278390", plates: "zx482k", street: "Kerkstraat", number: "12a", postcode: "8011 AB");
        var sanne = Side(3, "Sanne Kuiper", SubjectRole.PossibleVictim, plates: "ZX 482 K");
        var ads = new[]
        {
            new NetworkAd(7, "demo-006", null, "instagram.com/demo_lisa"),
            new NetworkAd(8, "demo-001", "06-12345678", null),
        };

        var graph = NetworkGraph.Build([[lisa], [mo]], [sanne],
            [Link(1, 2, LinkStatus.Related, reasons: "phone;plate"), Link(2, 3, LinkStatus.Candidate, reasons: "plate")], ads);

        graph.PersonCount.ShouldBe(2);
        var phone = graph.Nodes.Single(n => n.Kind == NetworkNodeKind.Phone);
        phone.Label.ShouldBe("+31641278390");
        graph.Nodes.Single(n => n.Kind == NetworkNodeKind.Vehicle).Label.ShouldBe("ZX-482-K");
        graph.Nodes.Single(n => n.Kind == NetworkNodeKind.Address).Label.ShouldBe("8011AB 12-A");
        graph.EdgesOf(phone).Select(e => e.Other.Label).Order().ShouldBe(["Lisa Verhoef", "Mo Bakkali"]);
        graph.Edges.ShouldContain(e => e.Kind == NetworkEdgeKind.Relation && e.From == "p1" && e.To == "p2");
        graph.Nodes.Single(n => n.Key == "p3").Pending.ShouldBeTrue();
        graph.Edges.Single(e => e.Kind == NetworkEdgeKind.Candidate).Label.ShouldBe("nog te beoordelen: mogelijk verband");
        // The ad sharing Lisa's handle is in; the ad with an unrelated number is not.
        graph.Nodes.Where(n => n.Kind == NetworkNodeKind.Ad).Select(n => n.Label).ShouldBe(["Advertentie demo-006"]);
        graph.Nodes.Single(n => n.Key == "p1").Details.ShouldBe(["MH-1 · Zwolle · mogelijk slachtoffer · 1-11-2026"]);
    }

    [Fact]
    public void Persons_with_identity_links_are_one_node_carrying_the_identifiers_of_every_registration()
    {
        var a = Side(1, "Dimitar Petrov", SubjectRole.PossibleVictim, phones: "+359 88 123 4567");
        var b = Side(2, "D. Petrov", SubjectRole.PossibleVictim, phones: "00359881234567", plates: "vgl12k");

        var graph = NetworkGraph.Build([[a, b]], [], [Link(1, 2, LinkStatus.Confirmed, LinkKind.SamePerson)], []);

        var person = graph.Nodes.Single(n => n.Kind == NetworkNodeKind.Person);
        person.Label.ShouldBe("Dimitar Petrov / D. Petrov");
        graph.EdgesOf(person).Select(e => e.Other.Label).Order().ShouldBe(["+359881234567", "VGL-12-K"]);
        graph.Edges.ShouldAllBe(e => e.Kind == NetworkEdgeKind.Carries);
    }

    [Fact]
    public void The_layout_is_the_same_every_time_and_stays_inside_the_picture()
    {
        var persons = Enumerable.Range(1, 6).Select(i => (IReadOnlyList<LinkSide>)[Side(i, $"Persoon {i}", SubjectRole.Other, phones: $"06-1000000{i}")]).ToList();
        var graph = NetworkGraph.Build(persons, [], [], []);

        var first = new NetworkLayout(graph);
        var second = new NetworkLayout(NetworkGraph.Build(persons.AsEnumerable().Reverse().ToList(), [], [], []));
        foreach (var node in graph.Nodes)
        {
            second[node.Key].ShouldBe(first[node.Key]);
            var (x, y) = first[node.Key];
            x.ShouldBeInRange(0, NetworkLayout.Width);
            y.ShouldBeInRange(0, NetworkLayout.Height);
        }
        // Persons on the outer circle, identifiers on the inner ring.
        static double Radius((double X, double Y) p) => Math.Round(Math.Sqrt(Math.Pow(p.X - NetworkLayout.Width / 2, 2) + Math.Pow(p.Y - NetworkLayout.Height / 2, 2)));
        graph.Nodes.Where(n => n.Kind == NetworkNodeKind.Person).Select(n => Radius(first[n.Key])).Distinct().ShouldHaveSingleItem().ShouldBe(270);
        graph.Nodes.Where(n => n.IsIdentifier).Select(n => Radius(first[n.Key])).Distinct().ShouldHaveSingleItem().ShouldBe(130);
    }
}
