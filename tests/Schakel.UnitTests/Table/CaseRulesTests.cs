using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.UnitTests.Table;

public sealed class CaseRulesTests
{
    [Fact]
    public void A_case_closes_only_when_every_track_is_closed_with_an_outcome()
    {
        var care = new CaseTrack { Kind = TrackKind.Care }.Stored(t => t.Status, TrackStatus.Closed).Stored(t => t.OutcomeCode, "IN_ZORG");
        var criminal = new CaseTrack { Kind = TrackKind.CareAndCriminal };
        CaseRules.WhyNotClosable([care, criminal])!.ShouldContain(TableLabels.Dutch(TrackKind.CareAndCriminal));
        CaseRules.WhyNotClosable([care, criminal])!.ShouldNotContain(TableLabels.Dutch(TrackKind.Care) + ",");

        criminal.Stored(t => t.Status, TrackStatus.Closed);
        CaseRules.WhyNotClosable([care, criminal]).ShouldNotBeNull("a closed track without outcome still blocks");
        criminal.Stored(t => t.OutcomeCode, "AANGIFTE");
        CaseRules.WhyNotClosable([care, criminal]).ShouldBeNull();
    }

    [Fact]
    public void A_case_without_tracks_cannot_close() => CaseRules.WhyNotClosable([]).ShouldNotBeNull();

    [Theory]
    [InlineData(TrackKind.Care, "IN_ZORG", true)]
    [InlineData(TrackKind.Care, "AANGIFTE", false)]
    [InlineData(TrackKind.Undermining, "RIEC_DOSSIER", true)]
    [InlineData(TrackKind.Administrative, null, false)]
    public void Each_track_accepts_only_its_own_outcomes(TrackKind kind, string? code, bool valid) =>
        TrackOutcomes.IsValid(kind, code).ShouldBe(valid);

    [Fact]
    public void Only_the_criminal_track_is_police_only() =>
        Enum.GetValues<TrackKind>().Where(TrackOutcomes.IsPoliceOnly).ShouldBe([TrackKind.CareAndCriminal]);

    [Fact]
    public void An_action_is_overdue_only_while_open_and_past_its_due_date()
    {
        var action = new TableAction { Description = "x", OwnerUserId = "u", OwnerName = "n", DueOn = new DateOnly(2026, 11, 20) };
        action.IsOverdue(new DateOnly(2026, 11, 20)).ShouldBeFalse();
        action.IsOverdue(new DateOnly(2026, 11, 21)).ShouldBeTrue();
        action.ChangeStatus(ActionStatus.Done, DateTimeOffset.UnixEpoch);
        action.IsOverdue(new DateOnly(2026, 11, 21)).ShouldBeFalse();
    }
}
