using Schakel.Core.Identifiers;
using Schakel.Testing.Linking;

namespace Schakel.UnitTests.Linking;

public class SyntheticSignalsTests
{
    [Fact]
    public void Every_generated_phone_number_exists_in_its_countrys_numbering_plan()
    {
        // Numbers outside the plan are dropped by normalising, which would quietly weaken the benchmarks' phone evidence.
        var phones = SyntheticSignals.Generate(20_000, seed: 7).Records.Select(r => r.Phone).OfType<string>().ToList();
        phones.Count.ShouldBeGreaterThan(10_000);
        phones.Where(p => PhoneNormalizer.NormalizeMany(p, out var bad).Count == 0 || bad).ShouldBeEmpty();
        phones.Select(p => PhoneNormalizer.Normalize(p)![..3]).Distinct().Order().ShouldBe(["+31", "+35", "+40", "+48"]);
    }
}
