using Schakel.Core.Linking;
using Schakel.Testing.Linking;

namespace Schakel.UnitTests.Linking;

/// <summary>
/// Linking on data it was not built on: FEBRL 1 (1,000 Australian records with typos, swaps and missing values; public
/// benchmark, BSD licence in Linking/Febrl). The model is learned from the file itself.
/// </summary>
public class FebrlQualityTests
{
    [Fact]
    public void FEBRL_1_is_linked_with_high_precision_and_recall()
    {
        var data = FebrlFile.Read(Path.Combine(AppContext.BaseDirectory, "Linking", "Febrl", "dataset1.csv"));
        data.TruePairs.Count.ShouldBe(500);
        var result = LinkEngine.Run(data.Records);
        var q = LinkQuality.Evaluate(result.Links, data.TruePairs);
        q.Precision.ShouldBeGreaterThanOrEqualTo(0.97);
        q.F1.ShouldBeGreaterThanOrEqualTo(0.95);
        result.Model.Fit.Converged.ShouldBeTrue();
    }
}
