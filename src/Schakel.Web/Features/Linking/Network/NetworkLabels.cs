namespace Schakel.Web.Features.Linking.Network;

/// <summary>Dutch words for the kinds of nodes and lines in a network.</summary>
public static class NetworkLabels
{
    public static string Kind(NetworkNode node) =>
        node.Kind == NetworkNodeKind.Person && node.Pending ? "Persoon (nog te beoordelen)" : Kind(node.Kind);

    public static string Kind(NetworkNodeKind kind) => kind switch
    {
        NetworkNodeKind.Person => "Persoon",
        NetworkNodeKind.Phone => "Telefoonnummer",
        NetworkNodeKind.Email => "E-mailadres",
        NetworkNodeKind.Address => "Adres",
        NetworkNodeKind.Vehicle => "Voertuig (kenteken)",
        NetworkNodeKind.Handle => "Online account",
        NetworkNodeKind.AdLink => "Advertentielink",
        _ => "Advertentie",
    };

    public static string Kind(NetworkEdgeKind kind) => kind switch
    {
        NetworkEdgeKind.Carries => "Gegeven van een persoon",
        NetworkEdgeKind.Relation => "Vastgesteld verband",
        NetworkEdgeKind.Candidate => "Mogelijke koppeling",
        _ => "Gegeven in een advertentie",
    };

    public static string Edge(NetworkEdge edge, bool fromThisNode) => edge.Kind switch
    {
        NetworkEdgeKind.Carries => fromThisNode ? "draagt" : "gedragen door",
        NetworkEdgeKind.AdShares => fromThisNode ? "toont" : "getoond in",
        _ => edge.Label,
    };
}
