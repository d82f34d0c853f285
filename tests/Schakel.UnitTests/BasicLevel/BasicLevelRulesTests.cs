using Schakel.Core.BasicLevel;

namespace Schakel.UnitTests.BasicLevel;

public sealed class BasicLevelRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Done_needs_both_a_date_and_evidence()
    {
        var errors = BasicLevelRules.CheckBlockStatus(BuildingBlockStatus.Done, null, " ", Today);
        errors.Keys.ShouldBe(["Date", "Evidence"], ignoreOrder: true);
        BasicLevelRules.CheckBlockStatus(BuildingBlockStatus.Done, Today, "Besluit college", Today).ShouldBeEmpty();
    }

    [Fact]
    public void In_progress_needs_no_evidence_but_a_future_date_is_refused()
    {
        BasicLevelRules.CheckBlockStatus(BuildingBlockStatus.InProgress, null, null, Today).ShouldBeEmpty();
        BasicLevelRules.CheckBlockStatus(BuildingBlockStatus.InProgress, Today.AddDays(1), null, Today).Keys.ShouldBe(["Date"]);
    }

    [Fact]
    public void An_action_point_needs_an_owner_and_a_readable_term()
    {
        var errors = BasicLevelRules.CheckActionPoint("Meldroute communiceren", "", null, ActionPointStatus.Open);
        errors.Keys.ShouldBe(["Term", "Owner"], ignoreOrder: true);
        BasicLevelRules.CheckActionPoint("Meldroute communiceren", "binnenkort", "AF", ActionPointStatus.Open).Keys.ShouldBe(["Term"]);
        BasicLevelRules.CheckActionPoint("Meldroute communiceren", "2027-Q1", "AF", ActionPointStatus.Open).ShouldBeEmpty();
    }

    [Fact]
    public void A_session_needs_a_known_target_group()
    {
        BasicLevelRules.CheckSession(Today, null, 10, true, null, Today).Keys.ShouldBe(["TargetGroup"]);
        BasicLevelRules.CheckSession(Today, "ONBEKEND", 10, true, null, Today).Keys.ShouldBe(["TargetGroup"]);
        BasicLevelRules.CheckSession(Today, "BOA", 10, true, null, Today).ShouldBeEmpty();
    }
}
