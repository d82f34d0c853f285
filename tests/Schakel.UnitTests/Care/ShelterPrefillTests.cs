using Schakel.Core.Care;
using Schakel.Core.Signals;
using Schakel.Web.Features.Care.Placements;

namespace Schakel.UnitTests.Care;

public sealed class ShelterPrefillTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Fact]
    public void Minor_follows_from_the_date_of_birth_at_today_and_residence_only_from_a_Dutch_or_EU_nationality()
    {
        ShelterPrefill.From(ShelterTree.Default, new Subject { DateOfBirth = Today.AddYears(-18).AddDays(1) }, Today)["minor"].Answer.ShouldBe("yes");
        ShelterPrefill.From(ShelterTree.Default, new Subject { DateOfBirth = Today.AddYears(-18) }, Today)["minor"].Answer.ShouldBe("no");
        ShelterPrefill.From(ShelterTree.Default, new Subject { Nationality = "Nederlands" }, Today)["residence"].Answer.ShouldBe("nl");
        ShelterPrefill.From(ShelterTree.Default, new Subject { Nationality = "Roemeens" }, Today)["residence"].Answer.ShouldBe("eu");
        ShelterPrefill.From(ShelterTree.Default, new Subject { Nationality = "Nigeriaans" }, Today).ShouldNotContainKey("residence", "a permit may exist");
        ShelterPrefill.From(ShelterTree.Default, new Subject(), Today).ShouldBeEmpty();
    }

    [Fact]
    public void A_regional_tree_without_the_question_gets_nothing_filled()
    {
        var tree = new ShelterTree("age", [new("age", "Leeftijd?", [new("child", "Kind", Recommend: ShelterTree.Youth), new("adult", "Volwassen", Recommend: ShelterTree.Cosm)])],
            [new(ShelterTree.Youth, "Jeugd"), new(ShelterTree.Cosm, "COSM")]);
        ShelterPrefill.From(tree, new Subject { DateOfBirth = Today.AddYears(-10), Nationality = "Nederlands" }, Today).ShouldBeEmpty();
    }
}
