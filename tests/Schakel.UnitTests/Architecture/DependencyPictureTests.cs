using System.Text;

namespace Schakel.UnitTests.Architecture;

/// <summary>
/// The dependency picture in docs/architecture.md is drawn from the compiled code. When it differs, regenerate it:
/// <c>SCHAKEL_UPDATE_DOCS=1 dotnet test tests/Schakel.UnitTests --filter DependencyPicture</c>.
/// </summary>
public class DependencyPictureTests
{
    private const string Begin = "<!-- dependencies:begin -->";
    private const string End = "<!-- dependencies:end -->";

    [Fact]
    public void Architecture_document_shows_the_current_dependencies()
    {
        var path = Path.Combine(RepositoryRoot(), "docs", "architecture.md");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        (start >= 0 && end > start).ShouldBeTrue($"docs/architecture.md needs the markers {Begin} and {End}");
        var current = text[(start + Begin.Length)..end];
        var drawn = "\n" + Draw(ArchitectureTests.Graph.Value);
        if (current == drawn)
        {
            return;
        }
        if (Environment.GetEnvironmentVariable("SCHAKEL_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..(start + Begin.Length)] + drawn + text[end..]);
            return;
        }
        current.ShouldBe(drawn, "docs/architecture.md is out of date; regenerate it with: SCHAKEL_UPDATE_DOCS=1 dotnet test tests/Schakel.UnitTests --filter DependencyPicture");
    }

    /// <summary>Features over Infrastructure and Core; an arrow between features goes through the target's contracts.</summary>
    public static string Draw(TypeDependencies types)
    {
        var features = FeatureRules.Features(types);
        var parts = PartGraph.From(types);
        var sb = new StringBuilder();
        sb.Append("```mermaid\nflowchart TB\n");
        sb.Append("  subgraph features[\"Schakel.Web/Features\"]\n");
        foreach (var f in features.Uses.Keys)
        {
            sb.Append($"    f_{f}[{f}]\n");
        }
        sb.Append("  end\n");
        Layer(sb, "infrastructure", "Schakel.Web/Infrastructure", "Infrastructure.", "i_", parts);
        Layer(sb, "core", "Schakel.Core", "Core.", "c_", parts);
        foreach (var (from, tos) in features.Uses)
        {
            foreach (var to in tos)
            {
                sb.Append($"  f_{from} --> f_{to}\n");
            }
        }
        foreach (var (from, tos) in parts.Uses.Where(p => p.Key.StartsWith("Core.", StringComparison.Ordinal)))
        {
            foreach (var to in tos)
            {
                sb.Append($"  c_{from[5..]} --> c_{to[5..]}\n");
            }
        }
        sb.Append("  features --> infrastructure\n  features --> core\n  infrastructure --> core\n```\n");
        return sb.ToString();
    }

    private static void Layer(StringBuilder sb, string id, string title, string prefix, string nodePrefix, PartGraph parts)
    {
        sb.Append($"  subgraph {id}[\"{title}\"]\n");
        foreach (var p in parts.Uses.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            sb.Append($"    {nodePrefix}{p[prefix.Length..]}[{p[prefix.Length..]}]\n");
        }
        sb.Append("  end\n");
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Schakel.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Schakel.slnx not found above " + AppContext.BaseDirectory);
    }
}
