using Schakel.Core.Linking;
using Schakel.Core.Identifiers;

namespace Schakel.UnitTests.Linking;

public class DisjointSetTests
{
    [Fact]
    public void Unions_form_clusters()
    {
        var set = new DisjointSet<string>(StringComparer.Ordinal);
        set.Union("a", "b").ShouldBeTrue();
        set.Union("c", "d").ShouldBeTrue();
        set.Add("e");
        set.Union("b", "a").ShouldBeFalse();
        set.Connected("a", "b").ShouldBeTrue();
        set.Connected("a", "c").ShouldBeFalse();
        set.Connected("a", "unknown").ShouldBeFalse();
        set.ClusterCount.ShouldBe(3);
        set.Union("b", "d").ShouldBeTrue();
        set.Connected("a", "c").ShouldBeTrue();
        set.SizeOf("c").ShouldBe(4);
        set.Find("d").ShouldBe(set.Find("a"));
        set.Clusters().Select(c => string.Join(",", c)).ShouldBe(["a,b,c,d", "e"]);
    }

    [Fact]
    public void Long_chains_stay_fast_and_correct()
    {
        var set = new DisjointSet<int>();
        for (var i = 1; i < 100_000; i++)
        {
            set.Union(i - 1, i);
        }
        set.ClusterCount.ShouldBe(1);
        set.Connected(0, 99_999).ShouldBeTrue();
        set.SizeOf(500).ShouldBe(100_000);
    }
}
