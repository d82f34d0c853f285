using Schakel.Core.Reference;

namespace Schakel.UnitTests.Signals;

public sealed class HtcdsMappingTests
{
    private static readonly string[] HtcdsMethodsOfControl =
    [
        "DebtBondage", "TakesEarnings", "RestrictsFinancialAccess", "Threats", "PsychologicalAbuse", "PhysicalAbuse", "SexualAbuse",
        "FalsePromises", "PsychoactiveSubstances", "RestrictsMovement", "RestrictsMedicalCare", "ExcessiveWorkingHours", "UsesChildren",
        "ThreatOfLawEnforcement", "WithholdsNecessities", "WithholdsDocuments", "Other",
    ];

    [Fact]
    public void Every_mapped_indicator_exists_and_maps_to_an_HTCDS_method_of_control()
    {
        var codes = DefaultCatalog.Indicators.Select(i => i.Code).ToHashSet();
        HtcdsMapping.MethodsOfControl.Keys.ShouldAllBe(k => codes.Contains(k));
        HtcdsMapping.MethodsOfControl.Values.ShouldAllBe(v => HtcdsMethodsOfControl.Contains(v));
    }

    [Fact]
    public void The_critical_means_violence_documents_and_freedom_are_mapped()
    {
        HtcdsMapping.MethodsOfControl["ALG_GEWELD"].ShouldBe("Threats");
        HtcdsMapping.MethodsOfControl["ALG_DOCUMENTEN"].ShouldBe("WithholdsDocuments");
        HtcdsMapping.MethodsOfControl["ALG_VRIJHEID"].ShouldBe("RestrictsMovement");
    }

    [Theory]
    [InlineData(new[] { "SEKS" }, "SexualExploitation")]
    [InlineData(new[] { "ARBEID" }, "ForcedLabour")]
    [InlineData(new[] { "SEKS", "ARBEID" }, "Both")]
    [InlineData(new[] { "CRIMINEEL" }, "Other")]
    [InlineData(new[] { "CRIMINEEL", "ARBEID" }, "ForcedLabour")]
    [InlineData(new[] { "ONDUIDELIJK" }, null)]
    public void Forms_map_to_the_HTCDS_type_of_exploitation(string[] forms, string? expected) =>
        HtcdsMapping.TypeFor(forms).ShouldBe(expected);
}
