using Schakel.Core.Linking;
using Schakel.Testing.Linking;
using static Schakel.UnitTests.Linking.Subjects;

namespace Schakel.UnitTests.Linking;

public class SubjectIndexTests
{
    [Fact]
    public void Finds_and_scores_candidates_for_a_new_subject()
    {
        var index = new SubjectIndex();
        index.Add(Of("s1", "Jan de Vries", "1990-03-14", "0612345678"));
        index.Add(Of("s2", "Piet de Vries", "1961-01-01", street: "Kerkstraat", number: "1", postcode: "1234AB"));
        index.Add(Of("s3", "Mehmet Yilmaz", "1980-05-05"));
        var found = index.FindCandidates(Of("new", "de Vries, Jan", "14-03-1990"));
        var best = found.ShouldHaveSingleItem();
        (best.A, best.B).ShouldBe(("new", "s1"));
        best.Reasons.ShouldBe(["name_exact", "dob_exact"]);
    }

    [Fact]
    public void Never_returns_the_subject_itself_and_merges_rows()
    {
        var index = new SubjectIndex();
        index.Add(Of("s1", "Jan de Vries", phone: "0612345678"));
        index.Add(Of("s1", email: "jan@ziggo.nl"));
        index.Add(Of("s2", email: "JAN@ziggo.nl"));
        index.Count.ShouldBe(2);
        index.FindCandidates(Of("s1", phone: "06-12345678")).Select(l => (l.A, l.B)).ShouldBe([("s1", "s2")]);
    }

    [Fact]
    public void Repeated_rows_of_one_subject_do_not_fill_up_a_block()
    {
        var index = new SubjectIndex();
        for (var i = 0; i < 600; i++)
        {
            index.Add(Of("s1", phone: "0612345678"));
        }
        index.Add(Of("s2", phone: "06-12345678"));
        index.FindCandidates(Of("q", phone: "+31612345678")).Select(l => l.B).ShouldBe(["s1", "s2"]);
    }

    [Fact]
    public void Agrees_with_the_batch_engine()
    {
        var data = SyntheticSignals.Generate(800, seed: 4).Records;
        var run = LinkEngine.Run(data);
        var batch = run.Links.Where(l => l.IsProposed).Select(l => (l.A, l.B)).ToHashSet();
        var index = new SubjectIndex(run.Model);
        var live = new HashSet<(string, string)>();
        foreach (var r in data.DistinctBy(r => r.SubjectId))
        {
            index.Add(r);
        }
        foreach (var r in data)
        {
            index.Add(r);
        }
        foreach (var id in data.Select(r => r.SubjectId).Distinct())
        {
            foreach (var l in index.FindCandidates(Of(id), minScore: 0.5, max: 1000).Where(l => l.IsProposed))
            {
                live.Add((l.A, l.B));
            }
        }
        live.SetEquals(batch).ShouldBeTrue();
    }
}
