using Schakel.Core.Common;
using Schakel.Core.Signals;
using Schakel.Core.Table;

namespace Schakel.UnitTests.Signals;

public sealed class SignalLifecycleTests
{
    private static readonly Actor By = new("user-1", "Anna (Zwolle)");
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static Signal NewSignal(SignalKind kind = SignalKind.Report) =>
        new() { Reference = "S-2026-000001", MelderTypeCode = "WIJKTEAM", Kind = kind, MunicipalityId = 1 };

    [Fact]
    public void Taking_up_a_new_signal_moves_it_on_writes_the_timeline_and_raises_its_event()
    {
        var signal = NewSignal();
        signal.TakeUp(By, "bekeken", At);

        signal.Status.ShouldBe(SignalStatus.InProgress);
        var line = signal.Events.ShouldHaveSingleItem();
        (line.FromStatus, line.ToStatus, line.UserId, line.Actor, line.Reason).ShouldBe((SignalStatus.New, SignalStatus.InProgress, "user-1", "Anna (Zwolle)", "bekeken"));
        signal.DomainEvents.ShouldHaveSingleItem().ShouldBe(new SignalTakenUp(signal, SignalStatus.New));
    }

    [Fact]
    public void A_step_the_state_machine_does_not_list_is_refused_and_changes_nothing()
    {
        var signal = NewSignal();
        signal.TakeUp(By, null, At);
        signal.ClearDomainEvents();

        Should.Throw<DomainException>(() => signal.TakeUp(By, null, At)).Message.ShouldContain("In behandeling");
        Should.Throw<DomainException>(() => signal.Answer(By, "antwoord", At));
        signal.Status.ShouldBe(SignalStatus.InProgress);
        signal.Events.Count.ShouldBe(1);
        signal.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void Handling_locally_needs_a_reason_and_an_outcome_and_closes_the_signal()
    {
        var signal = NewSignal();
        Should.Throw<DomainException>(() => signal.HandleLocally(By, " ", "reden", At)).Message.ShouldContain("uitkomst");
        Should.Throw<DomainException>(() => signal.HandleLocally(By, "wijkteam", "", At)).Message.ShouldContain("reden");
        signal.Status.ShouldBe(SignalStatus.New);

        signal.HandleLocally(By, " wijkteam ", "reden", At);
        (signal.Status, signal.Outcome, signal.DecisionReason, signal.ClosedAt, signal.IsClosed).ShouldBe((SignalStatus.HandledLocally, "wijkteam", "reden", At, true));
        signal.DomainEvents.ShouldHaveSingleItem().ShouldBe(new SignalClosed(signal, SignalStatus.New, SignalAction.HandleLocally));
    }

    [Fact]
    public void A_closed_signal_refuses_every_municipal_step()
    {
        var signal = NewSignal();
        signal.HandleLocally(By, "wijkteam", "reden", At);

        Should.Throw<DomainException>(() => signal.TakeUp(By, null, At));
        Should.Throw<DomainException>(() => signal.RegisterForTable(By, "reden", At));
        Should.Throw<DomainException>(() => signal.Forward(By, 2, "reden", "naar 2", At));
        Should.Throw<DomainException>(() => signal.MarkAcute(By, AcuteActor.PoliceOrProsecution, "ingrijpen", At));
        Should.Throw<DomainException>(() => signal.HandleLocally(By, "x", "y", At));
        (signal.Status, signal.MunicipalityId, signal.IsAcute).ShouldBe((SignalStatus.HandledLocally, 1, false));
    }

    [Fact]
    public void Only_an_advice_question_is_answered_and_only_a_report_goes_to_the_table()
    {
        Should.Throw<DomainException>(() => NewSignal().Answer(By, "antwoord", At));
        Should.Throw<DomainException>(() => NewSignal(SignalKind.AdviceQuestion).RegisterForTable(By, "reden", At));
        Should.Throw<DomainException>(() => NewSignal(SignalKind.AdviceQuestion).DecideAtTable(TableOutcome.Tracks, At));

        var question = NewSignal(SignalKind.AdviceQuestion);
        question.Answer(By, "Bel het zorgloket.", At);
        (question.Status, question.Outcome, question.ClosedAt).ShouldBe((SignalStatus.Answered, "Bel het zorgloket.", At));
        question.DomainEvents.ShouldHaveSingleItem().ShouldBe(new SignalClosed(question, SignalStatus.New, SignalAction.Answer));
    }

    [Fact]
    public void Registering_for_the_table_keeps_the_reason_and_the_moment_and_raises_its_event()
    {
        var signal = NewSignal();
        Should.Throw<DomainException>(() => signal.RegisterForTable(By, "", At));

        signal.RegisterForTable(By, "vermoeden versterkt", At);
        (signal.Status, signal.DecisionReason, signal.RegisteredForTableAt).ShouldBe((SignalStatus.RegisteredForTable, "vermoeden versterkt", At));
        signal.DomainEvents.ShouldHaveSingleItem().ShouldBe(new SignalRegisteredForTable(signal, SignalStatus.New));
    }

    [Fact]
    public void Forwarding_refuses_the_own_municipality_and_hands_the_signal_over_as_new()
    {
        var signal = NewSignal();
        signal.TakeUp(By, null, At);
        signal.ClearDomainEvents();
        Should.Throw<DomainException>(() => signal.Forward(By, 1, "reden", "naar 1", At)).Message.ShouldContain("al bij deze gemeente");

        signal.Forward(By, 2, "hoort bij Kampen", "Doorgestuurd van Zwolle naar Kampen", At);
        (signal.Status, signal.MunicipalityId).ShouldBe((SignalStatus.New, 2));
        signal.Events[^1].Description.ShouldBe("Doorgestuurd van Zwolle naar Kampen");
        signal.DomainEvents.ShouldHaveSingleItem().ShouldBe(new SignalForwarded(signal, SignalStatus.InProgress, 1));
    }

    [Fact]
    public void A_signal_is_marked_acute_once_with_who_intervened()
    {
        var signal = NewSignal();
        Should.Throw<DomainException>(() => signal.MarkAcute(By, AcuteActor.PoliceOrProsecution, " ", At));

        signal.MarkAcute(By, AcuteActor.PoliceOrProsecution, " veilig ondergebracht ", At);
        (signal.IsAcute, signal.AcuteBy, signal.AcuteIntervention, signal.AcuteAt, signal.Status).ShouldBe((true, AcuteActor.PoliceOrProsecution, "veilig ondergebracht", At, SignalStatus.New));
        signal.DomainEvents.ShouldHaveSingleItem().ShouldBe(new SignalMarkedAcute(signal, SignalStatus.New));
        Should.Throw<DomainException>(() => signal.MarkAcute(By, AcuteActor.PoliceOrProsecution, "nogmaals", At)).Message.ShouldContain("al acuut");
    }

    [Fact]
    public void The_table_closes_a_signal_with_its_outcome_and_may_revise_that_decision()
    {
        var signal = NewSignal();
        signal.RegisterForTable(By, "reden", At);
        signal.ClearDomainEvents();

        signal.DecideAtTable(TableOutcome.NoFurtherAction, At.AddDays(1)).ShouldBe((SignalStatus.RegisteredForTable, SignalStatus.ClosedByTable));
        (signal.Outcome, signal.ClosedAt).ShouldBe((TableLabels.Dutch(TableOutcome.NoFurtherAction), At.AddDays(1)));
        signal.DomainEvents.ShouldBe([
            new SignalClosed(signal, SignalStatus.RegisteredForTable, SignalAction.TableClose),
            new SignalDecidedByTable(signal, SignalStatus.RegisteredForTable, TableOutcome.NoFurtherAction)]);

        signal.DecideAtTable(TableOutcome.KeepMonitoring, At.AddDays(2)).ShouldBe((SignalStatus.ClosedByTable, SignalStatus.RegisteredForTable));
        (signal.Outcome, signal.ClosedAt, signal.RegisteredForTableAt).ShouldBe((null, null, At));
    }

    [Fact]
    public void The_table_cannot_decide_on_a_signal_the_municipality_closed()
    {
        var signal = NewSignal();
        signal.HandleLocally(By, "wijkteam", "reden", At);
        Should.Throw<DomainException>(() => signal.DecideAtTable(TableOutcome.Tracks, At));
        signal.Status.ShouldBe(SignalStatus.HandledLocally);
    }

    // The signal page shows a refusal beside the field it is about; a refused step itself names no input.
    [Fact]
    public void A_refusal_names_the_input_it_is_about_and_changes_nothing()
    {
        var signal = NewSignal();
        Should.Throw<DomainException>(() => signal.RegisterForTable(By, " ", At)).Input.ShouldBe(SignalStepInput.Reason);
        Should.Throw<DomainException>(() => signal.HandleLocally(By, " ", "reden", At)).Input.ShouldBe(SignalStepInput.Outcome);
        Should.Throw<DomainException>(() => signal.Forward(By, signal.MunicipalityId!.Value, "reden", "doorgestuurd", At)).Input.ShouldBe(SignalStepInput.Municipality);
        Should.Throw<DomainException>(() => signal.MarkAcute(By, null, "ingrijpen", At)).Input.ShouldBe(SignalStepInput.Acute);
        Should.Throw<DomainException>(() => signal.Answer(By, "antwoord", At)).Input.ShouldBeNull();
        (signal.Status, signal.Events.Count, signal.DomainEvents.Count).ShouldBe((SignalStatus.New, 0, 0));
    }
}
