namespace Schakel.UnitTests.Architecture;

/// <summary>
/// What a feature may use of another: its <c>Contracts</c> namespace, or <c>Features.Shared</c>. Everything else in a
/// feature folder is its own. The demo seeder is the one exception: like the composition root it drives every feature's
/// own services to build a believable demo region, and nothing depends on it.
/// </summary>
public static class FeatureRules
{
    private const string Prefix = "Schakel.Web.Features.";

    /// <summary>The feature of a type (<c>Signals</c>), or null outside the features or for the composition roots.</summary>
    public static string? FeatureOf(string typeName)
    {
        if (!typeName.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var parts = typeName[Prefix.Length..].Split('.');
        return parts.Length < 2 ? null : parts[0];
    }

    public static bool IsPublicContract(string typeName) =>
        FeatureOf(typeName) == "Shared" || typeName[Prefix.Length..].Split('.') is [_, "Contracts", _, ..];

    public static IReadOnlyList<string> ForeignInternals(TypeDependencies types) =>
        types.Edges
            .Where(e => FeatureOf(e.Key) is { } from && from != "Demo")
            .SelectMany(e => e.Value
                .Where(to => FeatureOf(to) is { } feature && feature != FeatureOf(e.Key) && !IsPublicContract(to))
                .Select(to => $"{e.Key} -> {to}"))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Feature to feature, contracts counted as part of their feature.</summary>
    public static PartGraph Features(TypeDependencies types) =>
        PartGraph.Build(types.Edges.SelectMany(e => e.Value.Select(to => (From: FeatureOf(e.Key), To: FeatureOf(to))))
            .Where(p => p.From is not null && p.To is not null && p.From != p.To)
            .Select(p => (p.From!, p.To!)), types.Edges.Keys.Select(FeatureOf).OfType<string>());

    public static IReadOnlyList<string> Cycles(TypeDependencies types) =>
        Features(types).Cycles().Select(c => string.Join(" <-> ", c)).ToList();
}
