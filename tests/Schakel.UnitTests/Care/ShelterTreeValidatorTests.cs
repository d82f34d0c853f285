using Schakel.Core.Care;

namespace Schakel.UnitTests.Care;

/// <summary>Each check of a configured tree, one broken tree at a time; the shipped default passes all.</summary>
public sealed class ShelterTreeValidatorTests
{
    private static readonly ShelterKind[] Kinds = [new("A", "Ambulant"), new("C", "Crisis")];

    private static ShelterQuestion Q(string id, ShelterAnswer first, ShelterAnswer? second = null) =>
        new(id, "Vraag " + id, second is null ? [first] : [first, second]);

    [Fact]
    public void The_shipped_default_has_no_problems()
    {
        ShelterTreeValidator.Problems(ShelterTree.Default).ShouldBeEmpty();
    }

    public static TheoryData<string, ShelterTree> Broken() => new()
    {
        { "geen vragen", new ShelterTree("a", [], Kinds) },
        { "startvraag 'x' bestaat niet", new ShelterTree("x", [Q("a", new("y", "Ja", Recommend: "A"), new("n", "Nee", Recommend: "C"))], Kinds) },
        { "Vraag 'a' komt 2 keer voor", new ShelterTree("a", [Q("a", new("y", "Ja", Recommend: "A"), new("n", "Nee", Recommend: "C")), Q("a", new("y", "Ja", Recommend: "A"), new("n", "Nee", Recommend: "C"))], Kinds) },
        { "ten minste twee antwoorden", new ShelterTree("a", [Q("a", new("y", "Ja", Recommend: "A"))], Kinds) },
        { "antwoord 'y' komt 2 keer voor", new ShelterTree("a", [Q("a", new("y", "Ja", Recommend: "A"), new("y", "Nee", Recommend: "C"))], Kinds) },
        { "precies één volgende vraag of één soort opvang", new ShelterTree("a", [Q("a", new("y", "Ja"), new("n", "Nee", Recommend: "C"))], Kinds) },
        { "precies één volgende vraag of één soort opvang", new ShelterTree("a", [Q("a", new("y", "Ja", Next: "a", Recommend: "A"), new("n", "Nee", Recommend: "C"))], Kinds) },
        { "onbekende vraag 'b'", new ShelterTree("a", [Q("a", new("y", "Ja", Next: "b"), new("n", "Nee", Recommend: "C"))], Kinds) },
        { "onbekende soort opvang 'Z'", new ShelterTree("a", [Q("a", new("y", "Ja", Recommend: "Z"), new("n", "Nee", Recommend: "C"))], Kinds) },
        { "heeft een code en een tekst nodig", new ShelterTree("a", [Q("a", new("", "Ja", Recommend: "A"), new("n", "Nee", Recommend: "C"))], Kinds) },
        { "heeft geen vraagtekst", new ShelterTree("a", [new ShelterQuestion("a", " ", [new("y", "Ja", Recommend: "A"), new("n", "Nee", Recommend: "C")])], Kinds) },
        { "Soort opvang 'A' komt 2 keer voor", new ShelterTree("a", [Q("a", new("y", "Ja", Recommend: "A"), new("n", "Nee", Recommend: "C"))], [.. Kinds, new("A", "Nog eens")]) },
        { "vanaf de startvraag niet te bereiken", new ShelterTree("a", [Q("a", new("y", "Ja", Recommend: "A"), new("n", "Nee", Recommend: "C")), Q("b", new("y", "Ja", Recommend: "A"), new("n", "Nee", Recommend: "C"))], Kinds) },
        { "loopt rond", new ShelterTree("a", [Q("a", new("y", "Ja", Next: "b"), new("n", "Nee", Recommend: "C")), Q("b", new("y", "Ja", Next: "a"), new("n", "Nee", Recommend: "C"))], Kinds) },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_tree_is_refused_with_a_message_that_names_the_problem(string expected, ShelterTree tree)
    {
        var problems = ShelterTreeValidator.Problems(tree);
        problems.ShouldNotBeEmpty();
        problems.ShouldContain(p => p.Contains(expected), string.Join(" / ", problems));
    }
}
