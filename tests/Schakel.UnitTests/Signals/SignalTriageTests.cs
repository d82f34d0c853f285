using Schakel.Core.Common;
using Schakel.Core.Organisations;
using Schakel.Core.Signals;
using Schakel.Core.Table;

namespace Schakel.UnitTests.Signals;

/// <summary>The chain director's triage and the table's reverse route, as steps the signal guards itself.</summary>
public sealed class SignalTriageTests
{
    private static readonly Actor Af = new("af-1", "Anna (Leeuwarden)");
    private static readonly Actor Director = new("kr-1", "Klaas (ketenregisseur)");
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static Signal Waiting()
    {
        var signal = new Signal { Reference = "S-2026-000002", MelderTypeCode = "WIJKTEAM", MunicipalityId = 1 };
        signal.TakeUp(Af, null, At);
        signal.RegisterForTable(Af, "vermoeden versterkt", At.AddHours(1), TableRoute.ViaChainDirector);
        return signal;
    }

    [Fact]
    public void Registering_in_a_region_via_the_chain_director_waits_for_triage_and_does_not_reach_the_table_yet()
    {
        var signal = Waiting();

        signal.Status.ShouldBe(SignalStatus.AwaitingTriage);
        signal.RegisteredForTableAt.ShouldBeNull();
        signal.IsClosed.ShouldBeFalse();
        signal.Events.Last().ToStatus.ShouldBe(SignalStatus.AwaitingTriage);
        signal.DomainEvents.Last().ShouldBe(new SignalSentToTriage(signal, SignalStatus.InProgress));
        signal.DomainEvents.OfType<SignalRegisteredForTable>().ShouldBeEmpty();
    }

    [Fact]
    public void Registering_in_a_direct_region_goes_straight_to_the_table_as_before()
    {
        var signal = new Signal { Reference = "S-2026-000003", MelderTypeCode = "WIJKTEAM", MunicipalityId = 1 };
        signal.RegisterForTable(Af, "reden", At, TableRoute.Direct);
        (signal.Status, signal.RegisteredForTableAt).ShouldBe((SignalStatus.RegisteredForTable, At));
        signal.DomainEvents.ShouldHaveSingleItem().ShouldBe(new SignalRegisteredForTable(signal, SignalStatus.New));
    }

    [Fact]
    public void Putting_it_on_the_table_registers_it_for_the_table_with_the_time_it_got_there()
    {
        var signal = Waiting();
        signal.ClearDomainEvents();
        signal.PutOnTable(Director, "  past bij het Drieluik ", At.AddDays(1));

        (signal.Status, signal.RegisteredForTableAt).ShouldBe((SignalStatus.RegisteredForTable, At.AddDays(1)));
        var line = signal.Events.Last();
        (line.FromStatus, line.ToStatus, line.Actor, line.Reason).ShouldBe((SignalStatus.AwaitingTriage, SignalStatus.RegisteredForTable, "Klaas (ketenregisseur)", "past bij het Drieluik"));
        signal.DomainEvents.ShouldHaveSingleItem().ShouldBe(new SignalRegisteredForTable(signal, SignalStatus.AwaitingTriage));
    }

    [Fact]
    public void Sending_it_back_needs_a_question_and_puts_it_in_the_municipal_queue_with_the_question_on_the_timeline()
    {
        var signal = Waiting();
        signal.ClearDomainEvents();
        Should.Throw<DomainException>(() => signal.SendBack(Director, " ", At)).Input.ShouldBe(SignalStepInput.Question);
        signal.Status.ShouldBe(SignalStatus.AwaitingTriage);

        signal.SendBack(Director, " Is de werkgever bekend bij de gemeente? ", At.AddDays(1));
        signal.Status.ShouldBe(SignalStatus.InProgress);
        var line = signal.Events.Last();
        (line.Description, line.Reason, line.ToStatus).ShouldBe((Signal.SentBackLine, "Is de werkgever bekend bij de gemeente?", SignalStatus.InProgress));
        signal.DomainEvents.ShouldHaveSingleItem().ShouldBe(new SignalSentBack(signal, SignalStatus.AwaitingTriage, "Is de werkgever bekend bij de gemeente?"));

        // The municipality answers and registers again: back to triage.
        signal.RegisterForTable(Af, "werkgever bekend, vermoeden blijft", At.AddDays(2), TableRoute.ViaChainDirector);
        signal.Status.ShouldBe(SignalStatus.AwaitingTriage);
    }

    [Fact]
    public void Closing_in_triage_needs_a_reason_and_closes_the_signal_for_good()
    {
        var signal = Waiting();
        signal.ClearDomainEvents();
        Should.Throw<DomainException>(() => signal.CloseInTriage(Director, "", At)).Input.ShouldBe(SignalStepInput.Reason);

        signal.CloseInTriage(Director, "dubbele melding", At.AddDays(1));
        (signal.Status, signal.IsClosed, signal.ClosedAt, signal.DecisionReason).ShouldBe((SignalStatus.ClosedInTriage, true, At.AddDays(1), "dubbele melding"));
        signal.DomainEvents.ShouldHaveSingleItem().ShouldBe(new SignalClosed(signal, SignalStatus.AwaitingTriage, SignalAction.TriageClose));

        Should.Throw<DomainException>(() => signal.PutOnTable(Director, null, At));
        Should.Throw<DomainException>(() => signal.SendBack(Director, "vraag", At));
        Should.Throw<DomainException>(() => signal.RegisterForTable(Af, "reden", At, TableRoute.ViaChainDirector));
        Should.Throw<DomainException>(() => signal.DecideAtTable(TableOutcome.Tracks, At));
    }

    [Fact]
    public void Triage_steps_are_refused_on_a_signal_that_does_not_wait_for_triage()
    {
        var signal = new Signal { Reference = "S-2026-000004", MelderTypeCode = "WIJKTEAM", MunicipalityId = 1 };
        signal.TakeUp(Af, null, At);
        Should.Throw<DomainException>(() => signal.PutOnTable(Director, null, At)).Message.ShouldContain("Op de regionale tafel zetten");
        Should.Throw<DomainException>(() => signal.SendBack(Director, "vraag", At));
        Should.Throw<DomainException>(() => signal.CloseInTriage(Director, "reden", At));
        (signal.Status, signal.Events.Count).ShouldBe((SignalStatus.InProgress, 1));
    }

    [Fact]
    public void An_acute_signal_waiting_for_triage_stays_acute_and_the_table_can_decide_on_it()
    {
        var signal = Waiting();
        signal.MarkAcute(Af, AcuteActor.PoliceOrProsecution, "politie grijpt in", At.AddHours(2));
        (signal.IsAcute, signal.Status).ShouldBe((true, SignalStatus.AwaitingTriage));
        signal.DecideAtTable(TableOutcome.KeepMonitoring, At.AddDays(1)).ShouldBe((SignalStatus.AwaitingTriage, SignalStatus.RegisteredForTable));
    }

    [Fact]
    public void The_table_hands_a_signal_back_for_local_follow_up_open_in_the_municipal_queue()
    {
        var signal = new Signal { Reference = "S-2026-000005", MelderTypeCode = "WIJKTEAM", MunicipalityId = 1 };
        signal.RegisterForTable(Af, "reden", At);
        signal.ClearDomainEvents();

        signal.DecideAtTable(TableOutcome.LocalFollowUp, At.AddDays(3)).ShouldBe((SignalStatus.RegisteredForTable, SignalStatus.InProgress));
        (signal.IsClosed, signal.ClosedAt, signal.RegisteredForTableAt).ShouldBe((false, null, At));
        signal.DomainEvents.ShouldHaveSingleItem().ShouldBe(new SignalDecidedByTable(signal, SignalStatus.RegisteredForTable, TableOutcome.LocalFollowUp));
        SignalStateMachine.MunicipalActions(signal.Kind, signal.Status).ShouldContain(SignalAction.RegisterForTable);
    }

    [Fact]
    public void A_table_revision_from_closed_to_local_follow_up_reopens_the_signal()
    {
        var signal = new Signal { Reference = "S-2026-000006", MelderTypeCode = "WIJKTEAM", MunicipalityId = 1 };
        signal.RegisterForTable(Af, "reden", At);
        signal.DecideAtTable(TableOutcome.NoFurtherAction, At.AddDays(1));
        signal.DecideAtTable(TableOutcome.LocalFollowUp, At.AddDays(2));
        (signal.Status, signal.Outcome, signal.ClosedAt).ShouldBe((SignalStatus.InProgress, null, null));
    }

    [Theory]
    [InlineData(SignalStatus.RegisteredForTable, null, "Aangemeld voor de regionale tafel")]
    [InlineData(SignalStatus.RegisteredForTable, 7, "Opgepakt door de regionale tafel")]
    [InlineData(SignalStatus.AwaitingTriage, null, "Bij de ketenregisseur")]
    public void The_status_line_names_a_case_only_to_whoever_sees_it(SignalStatus status, int? caseId, string expected) =>
        SignalStage.Describe(status, caseId, null).ShouldBe(expected);

    [Fact]
    public void The_status_line_of_a_visible_case_names_its_reference_and_stage()
    {
        SignalStage.Describe(SignalStatus.RegisteredForTable, 7, ("C-2026-A89404", CaseStage.OpenTracks, 2)).ShouldBe("Casus C-2026-A89404 · 2 sporen lopen");
        SignalStage.Describe(SignalStatus.RegisteredForTable, 7, ("C-2026-A89404", CaseStage.Monitoring, 0)).ShouldBe("Casus C-2026-A89404 · in monitoring");
        SignalStage.Describe(SignalStatus.RegisteredForTable, 7, ("C-2026-A89404", CaseStage.Closed, 0)).ShouldBe("Casus C-2026-A89404 · afgesloten");
    }
}
