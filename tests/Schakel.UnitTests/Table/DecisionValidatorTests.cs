using Schakel.Core.Table;
using Schakel.Web.Features.Table;

namespace Schakel.UnitTests.Table;

public sealed class DecisionValidatorTests
{
    private static readonly string[] Members = ["chair", "care"];
    private static readonly AgendaItem SignalItem = new() { SignalId = 1, Section = AgendaSection.NewSignal };

    private static Dictionary<string, string> Validate(DecisionInput input, AgendaItem? item = null, TrackKind[]? existing = null, int[]? openCases = null) =>
        DecisionValidator.Validate(input, item ?? SignalItem, Members, existing ?? [], openCases ?? []);

    [Fact]
    public void A_new_case_needs_a_track_a_director_and_a_first_goal()
    {
        var errors = Validate(new DecisionInput { ReasonableSuspicion = true, Outcome = TableOutcome.Tracks });
        errors.Keys.ShouldBe(["Input.Tracks", "Input.DirectorUserId", "Input.FirstGoal"], ignoreOrder: true);
        Validate(new DecisionInput { ReasonableSuspicion = true, Outcome = TableOutcome.Tracks, Tracks = [TrackKind.Care, TrackKind.Undermining], DirectorUserId = "chair", FirstGoal = "doel" })
            .ShouldBeEmpty();
    }

    [Fact]
    public void Joining_a_running_case_inherits_its_tracks_but_refuses_one_it_already_has()
    {
        Validate(new DecisionInput { ReasonableSuspicion = true, Outcome = TableOutcome.Tracks, JoinCaseId = 7 }, openCases: [7]).ShouldBeEmpty();
        Validate(new DecisionInput { ReasonableSuspicion = true, Outcome = TableOutcome.Tracks, JoinCaseId = 8 }, openCases: [7]).ShouldContainKey("Input.JoinCaseId");
        Validate(new DecisionInput { ReasonableSuspicion = true, Outcome = TableOutcome.Tracks, JoinCaseId = 7, Tracks = [TrackKind.Care] }, existing: [TrackKind.Care], openCases: [7])
            .ShouldContainKey("Input.Tracks");
    }

    [Fact]
    public void An_action_needs_what_who_and_when_and_its_owner_must_sit_at_the_table()
    {
        var input = new DecisionInput
        {
            ReasonableSuspicion = false, Outcome = TableOutcome.KeepMonitoring,
            Actions = [new ActionInput { Description = "bellen" }, new ActionInput(), new ActionInput { Description = "x", OwnerUserId = "stranger", DueOn = new DateOnly(2030, 1, 1) }],
        };
        var errors = Validate(input);
        errors.Keys.ShouldBe(["Input.Actions[0].OwnerUserId", "Input.Actions[0].DueOn", "Input.Actions[2].OwnerUserId"], ignoreOrder: true);
    }

    [Fact]
    public void Tracks_belong_only_to_the_case_outcome()
    {
        Validate(new DecisionInput { ReasonableSuspicion = false, Outcome = TableOutcome.NoFurtherAction, Tracks = [TrackKind.Care] }).ShouldContainKey("Input.Tracks");
        Validate(new DecisionInput { ReasonableSuspicion = false, Outcome = TableOutcome.Tracks, Tracks = [TrackKind.Care], DirectorUserId = "chair", FirstGoal = "d" })
            .ShouldContainKey("Input.ReasonableSuspicion");
    }
}
