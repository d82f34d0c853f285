using Schakel.Core.Care;

namespace Schakel.UnitTests.Care;

/// <summary>Every branch of the default shelter decision tree, and how the walk treats missing or stray answers.</summary>
public sealed class ShelterTreeTests
{
    private static ShelterAdvice Walk(params (string Question, string Answer)[] answers) =>
        ShelterAdvisor.Evaluate(ShelterTree.Default, answers.ToDictionary(a => a.Question, a => (string?)a.Answer));

    [Theory]
    [InlineData("JEUGD", "minor=yes")]
    [InlineData("CRISIS", "minor=no", "danger=yes")]
    [InlineData("MO_GGZ", "minor=no", "danger=no", "needs=psych")]
    [InlineData("COSM", "minor=no", "danger=no", "needs=none", "residence=noneu")]
    [InlineData("VROUWENOPVANG", "minor=no", "danger=no", "needs=none", "residence=nl", "exploitation=sexual")]
    [InlineData("VROUWENOPVANG", "minor=no", "danger=no", "needs=none", "residence=eu", "exploitation=sexual")]
    [InlineData("AMBULANT", "minor=no", "danger=no", "needs=none", "residence=nl", "exploitation=labour", "housing=yes")]
    [InlineData("COSM", "minor=no", "danger=no", "needs=none", "residence=eu", "exploitation=labour", "housing=no")]
    [InlineData("AMBULANT", "minor=no", "danger=no", "needs=none", "residence=eu", "exploitation=criminal", "housing=yes")]
    [InlineData("COSM", "minor=no", "danger=no", "needs=none", "residence=nl", "exploitation=other", "housing=no")]
    public void Each_path_ends_in_its_recommended_kind(string expected, params string[] answers)
    {
        var advice = Walk(answers.Select(a => (a.Split('=')[0], a.Split('=')[1])).ToArray());
        advice.Recommended.ShouldBe(expected);
        advice.Path.Count.ShouldBe(answers.Length);
        ShelterTree.Default.KindLabel(expected).ShouldNotBe(expected, "every recommendation has a Dutch label");
    }

    [Fact]
    public void Every_answer_of_the_default_tree_leads_to_a_question_or_a_known_kind()
    {
        var tree = ShelterTree.Default;
        foreach (var answer in tree.Questions.SelectMany(q => q.Answers))
        {
            (answer.Next is null ^ answer.Recommend is null).ShouldBeTrue(answer.Code);
            if (answer.Next is not null)
            {
                tree.Question(answer.Next).ShouldNotBeNull();
            }
            else
            {
                tree.Kinds.ShouldContain(k => k.Code == answer.Recommend);
            }
        }
    }

    /// <summary>Every walk from the start to a recommendation, found from the tree itself.</summary>
    private static IEnumerable<(List<(string, string)> Answers, string Kind)> AllPaths(ShelterTree tree, string question, List<(string, string)> before)
    {
        foreach (var answer in tree.Question(question)!.Answers)
        {
            var path = before.Append((question, answer.Code)).ToList();
            if (answer.Recommend is not null)
            {
                yield return (path, answer.Recommend);
            }
            else
            {
                foreach (var deeper in AllPaths(tree, answer.Next!, path))
                {
                    yield return deeper;
                }
            }
        }
    }

    [Fact]
    public void Every_walk_through_the_default_tree_ends_in_the_kind_at_its_leaf_and_every_answer_is_on_some_walk()
    {
        var paths = AllPaths(ShelterTree.Default, ShelterTree.Default.Start, []).ToList();
        paths.Count.ShouldBe(18);
        foreach (var (answers, kind) in paths)
        {
            var advice = Walk([.. answers]);
            advice.Recommended.ShouldBe(kind, string.Join(", ", answers));
            advice.Path.ShouldBe(answers);
        }
        var used = paths.SelectMany(p => p.Answers).ToHashSet();
        foreach (var q in ShelterTree.Default.Questions)
        foreach (var a in q.Answers)
        {
            used.ShouldContain((q.Id, a.Code));
        }
        paths.Select(p => p.Kind).Distinct().Count().ShouldBe(ShelterTree.Default.Kinds.Count);
    }

    [Fact]
    public void A_minor_goes_to_youth_care_whatever_else_is_answered()
    {
        Walk(("minor", "yes"), ("danger", "yes"), ("residence", "noneu")).Recommended.ShouldBe(ShelterTree.Youth);
    }

    [Fact]
    public void An_unanswered_question_on_the_path_is_named_and_nothing_is_recommended()
    {
        var advice = Walk(("minor", "no"), ("danger", "no"), ("residence", "nl"));
        advice.IsComplete.ShouldBeFalse();
        advice.MissingQuestion.ShouldBe("needs");
        Walk().MissingQuestion.ShouldBe("minor");
    }

    [Fact]
    public void An_answer_that_is_not_an_option_counts_as_unanswered()
    {
        Walk(("minor", "maybe")).MissingQuestion.ShouldBe("minor");
    }

    [Fact]
    public void A_configured_tree_with_a_loop_is_refused_instead_of_hanging()
    {
        var loop = new ShelterTree("a", [new("a", "A?", [new("x", "X", Next: "b")]), new("b", "B?", [new("x", "X", Next: "a")])], []);
        Should.Throw<InvalidOperationException>(() => ShelterAdvisor.Evaluate(loop, new Dictionary<string, string?> { ["a"] = "x", ["b"] = "x" }));
    }
}
