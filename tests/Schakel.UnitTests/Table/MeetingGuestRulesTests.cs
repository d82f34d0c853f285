using System.Security.Claims;
using Schakel.Core.Accounts;
using Schakel.Core.Table;
using Schakel.Web.Features.Table;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.UnitTests.Table;

/// <summary>The invited municipality's rules, and what the decision form accepts for director and due dates.</summary>
public sealed class MeetingGuestRulesTests
{
    private static ClaimsPrincipal User(string role, int organisation) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.NameIdentifier, "u1"), new Claim(ClaimTypes.Role, role), new Claim(SchakelClaims.Organisation, organisation.ToString(System.Globalization.CultureInfo.InvariantCulture))], "test"));

    [Fact]
    public void Only_an_attention_officer_of_an_invited_municipality_is_a_guest()
    {
        AccessPolicy.IsInvitedGuest(User(Roles.AttentionOfficer, 5), [5, 6]).ShouldBeTrue();
        AccessPolicy.IsInvitedGuest(User(Roles.AttentionOfficer, 7), [5, 6]).ShouldBeFalse();
        AccessPolicy.IsInvitedGuest(User(Roles.UnderminingAdvisor, 5), [5]).ShouldBeFalse("the invitation is for the attention officer");
    }

    [Fact]
    public void A_guest_sees_an_item_of_the_own_municipality_also_through_a_signal_of_its_case()
    {
        var af = User(Roles.AttentionOfficer, 5);
        AccessPolicy.SeesItemWithoutSeat(af, 5, []).ShouldBeTrue();
        AccessPolicy.SeesItemWithoutSeat(af, 6, [6, 5]).ShouldBeTrue();
        AccessPolicy.SeesItemWithoutSeat(af, 6, [6, null]).ShouldBeFalse();
        AccessPolicy.SeesItemWithoutSeat(af, null, []).ShouldBeFalse();
    }

    [Fact]
    public void The_director_may_be_a_municipal_officer_when_offered_and_no_action_is_due_before_today()
    {
        var item = new AgendaItem { SignalId = 1, Section = AgendaSection.NewSignal };
        var input = new DecisionInput
        {
            ReasonableSuspicion = true, Outcome = TableOutcome.Tracks, Tracks = [TrackKind.Care], DirectorUserId = "af", FirstGoal = "doel",
            Actions = [new ActionInput { Description = "bellen", OwnerUserId = "chair", DueOn = new DateOnly(2026, 12, 5) }],
        };
        var today = new DateOnly(2026, 12, 6);
        var errors = DecisionValidator.Validate(input, item, ["chair"], [], [], ["chair", "af"], today);
        errors.Keys.ShouldBe(["Input.Actions[0].DueOn"]);
        input.Actions[0].DueOn = today;
        DecisionValidator.Validate(input, item, ["chair"], [], [], ["chair", "af"], today).ShouldBeEmpty();
        DecisionValidator.Validate(input, item, ["chair"], [], []).ShouldContainKey("Input.DirectorUserId");
    }
}
