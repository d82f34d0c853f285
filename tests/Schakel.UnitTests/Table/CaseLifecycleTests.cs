using Schakel.Core.Care;
using Schakel.Core.Common;
using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.UnitTests.Table;

public sealed class CaseLifecycleTests
{
    private static readonly Actor By = new("user-1", "Voorzitter (RIEC)");
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_case_closes_only_when_every_track_has_an_outcome_and_only_once()
    {
        var tableCase = new TableCase { Reference = "C-2026-ABC123" };
        Should.Throw<DomainException>(() => tableCase.Close(By, At)).Message.ShouldContain("zonder sporen");

        var care = new CaseTrack { Kind = TrackKind.Care };
        tableCase.Tracks.Add(care);
        Should.Throw<DomainException>(() => tableCase.Close(By, At)).Message.ShouldContain(TableLabels.Dutch(TrackKind.Care));
        tableCase.IsClosed.ShouldBeFalse();
        tableCase.Events.ShouldBeEmpty();

        care.Close("IN_ZORG", At);
        tableCase.Close(By, At);
        (tableCase.IsClosed, tableCase.ClosedAt).ShouldBe((true, At));
        tableCase.Events.ShouldHaveSingleItem().Actor.ShouldBe("Voorzitter (RIEC)");
        tableCase.DomainEvents.ShouldHaveSingleItem().ShouldBe(new CaseClosed(tableCase));
        Should.Throw<DomainException>(() => tableCase.Close(By, At)).Message.ShouldContain("al afgesloten");
    }

    [Fact]
    public void Only_a_closed_case_is_anonymised()
    {
        var tableCase = new TableCase { Reference = "C-2026-ABC123", Tracks = [new CaseTrack { Kind = TrackKind.Care }] };
        Should.Throw<DomainException>(() => tableCase.MarkAnonymised(At));
        tableCase.Tracks[0].Close("IN_ZORG", At);
        tableCase.Close(By, At);
        tableCase.MarkAnonymised(At.AddYears(5));
        tableCase.AnonymisedAt.ShouldBe(At.AddYears(5));
    }

    [Fact]
    public void A_track_closes_only_with_an_outcome_of_its_own_kind_and_keeps_the_day_it_first_closed()
    {
        var track = new CaseTrack { Kind = TrackKind.Administrative };
        Should.Throw<DomainException>(() => track.Close(null, At)).Message.ShouldContain("uitkomst");
        Should.Throw<DomainException>(() => track.Close("IN_ZORG", At)).Message.ShouldContain("bij dit spoor");
        track.Status.ShouldBe(TrackStatus.Open);

        track.Close("MAATREGEL", At);
        (track.Status, track.OutcomeCode, track.ClosedAt).ShouldBe((TrackStatus.Closed, "MAATREGEL", At));
        track.Close("GEEN_MAATREGEL", At.AddDays(3));
        (track.OutcomeCode, track.ClosedAt).ShouldBe(("GEEN_MAATREGEL", At));

        track.Reopen();
        (track.Status, track.OutcomeCode, track.ClosedAt).ShouldBe((TrackStatus.Open, "GEEN_MAATREGEL", null));
        track.Close(null, At.AddDays(9));
        track.ClosedAt.ShouldBe(At.AddDays(9));
    }

    [Fact]
    public void An_action_takes_only_a_known_status_and_only_done_carries_a_date()
    {
        var action = new TableAction { Description = "x", OwnerUserId = "u", OwnerName = "n" };
        Should.Throw<DomainException>(() => action.ChangeStatus((ActionStatus)99, At)).Message.ShouldBe("Kies een geldige status.");
        action.ChangeStatus(ActionStatus.Done, At);
        (action.Status, action.DoneAt).ShouldBe((ActionStatus.Done, At));
        action.ChangeStatus(ActionStatus.Open, At.AddDays(1));
        (action.Status, action.DoneAt).ShouldBe((ActionStatus.Open, null));
    }

    [Fact]
    public void A_care_file_closes_with_an_outcome_once_no_need_is_open_and_raises_its_event()
    {
        var file = new CareFile { Needs = [new CareNeed { Domain = LifeDomain.Housing }.Stored(n => n.Status, NeedStatus.InProgress)] };
        Should.Throw<DomainException>(() => file.Close("ZELFSTANDIG", At)).Message.ShouldContain("Huisvesting");
        Should.Throw<DomainException>(() => file.Close(null, At)).Message.ShouldContain("uitkomst");
        file.IsClosed.ShouldBeFalse();

        file.Needs[0].Stored(n => n.Status, NeedStatus.Met);
        file.Close("ZELFSTANDIG", At);
        (file.Status, file.OutcomeCode, file.ClosedAt).ShouldBe((CareFileStatus.Closed, "ZELFSTANDIG", At));
        file.DomainEvents.ShouldHaveSingleItem().ShouldBe(new CareFileClosed(file));
        Should.Throw<DomainException>(() => file.Close("ZELFSTANDIG", At)).Message.ShouldContain("al gesloten");
    }
}
