using NetArchTest.Rules;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.UnitTests.Architecture;

/// <summary>
/// The layering of Schakel, read from the compiled code: Core knows no Web, Infrastructure knows no feature, the
/// linking and ad engines stand alone in Core, and features use each other only through their contracts, without
/// a cycle. A failure names each offending reference.
/// </summary>
public class ArchitectureTests
{
    private static readonly System.Reflection.Assembly Core = typeof(Signal).Assembly;
    private static readonly System.Reflection.Assembly Web = typeof(SchakelDb).Assembly;

    [Fact]
    public void Core_references_no_web_namespace() =>
        Check(Types.InAssembly(Core).That().ResideInNamespace("Schakel.Core").Should().NotHaveDependencyOnAny("Schakel.Web", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore").GetResult());

    [Fact]
    public void Infrastructure_references_no_feature() =>
        Check(Types.InAssembly(Web).That().ResideInNamespace("Schakel.Web.Infrastructure").Should().NotHaveDependencyOnAny("Schakel.Web.Features").GetResult());

    /// <summary>
    /// The engines the command-line tool runs on data that never enters Schakel. Both share only
    /// <c>Schakel.Core.Identifiers</c> (identifier normalisers, text folding, disjoint sets), which stands alone too.
    /// </summary>
    [Theory]
    [InlineData("Linking")]
    [InlineData("Ads")]
    [InlineData("Identifiers")]
    public void Engine_references_nothing_else_in_core(string engine)
    {
        var others = Core.GetTypes().Select(t => t.Namespace).OfType<string>()
            .Where(n => n.StartsWith("Schakel.Core.", StringComparison.Ordinal))
            .Select(n => string.Join('.', n.Split('.').Take(3))).Distinct()
            .Where(n => n != $"Schakel.Core.{engine}" && n != "Schakel.Core.Identifiers").ToArray();
        others.ShouldNotBeEmpty();
        Check(Types.InAssembly(Core).That().ResideInNamespace($"Schakel.Core.{engine}").Should().NotHaveDependencyOnAny(others).GetResult());
    }

    [Fact]
    public void A_feature_uses_another_only_through_its_contracts() =>
        FeatureRules.ForeignInternals(Graph.Value).ShouldBeEmpty();

    [Fact]
    public void Features_form_no_cycle() =>
        FeatureRules.Cycles(Graph.Value).ShouldBeEmpty();

    [Fact]
    public void Infrastructure_uses_no_feature_in_any_reference() =>
        Graph.Value.Edges.Where(e => e.Key.StartsWith("Schakel.Web.Infrastructure.", StringComparison.Ordinal))
            .SelectMany(e => e.Value.Where(t => t.StartsWith("Schakel.Web.Features.", StringComparison.Ordinal)).Select(t => $"{e.Key} -> {t}"))
            .ShouldBeEmpty();

    /// <summary>
    /// The audit log names the actor from the user's claims (Security); the security rules never write the log
    /// themselves: the page-facing guard that audits a refusal lives with the features (<c>Features.Shared</c>).
    /// </summary>
    [Fact]
    public void Security_does_not_use_the_audit_log() =>
        Check(Types.InAssembly(Web).That().ResideInNamespace("Schakel.Web.Infrastructure.Security").Should().NotHaveDependencyOnAny("Schakel.Web.Infrastructure.Audit").GetResult());

    internal static readonly Lazy<TypeDependencies> Graph = new(() => TypeDependencies.Load(typeof(SchakelDb), typeof(Signal)));

    private static void Check(TestResult result) =>
        (result.FailingTypes ?? []).Select(t => t.FullName).ShouldBeEmpty();
}
