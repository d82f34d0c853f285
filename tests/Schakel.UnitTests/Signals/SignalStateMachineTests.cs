using Schakel.Core.Signals;
using Schakel.Core.Table;

namespace Schakel.UnitTests.Signals;

public sealed class SignalStateMachineTests
{
    private const SignalKind R = SignalKind.Report;
    private const SignalKind A = SignalKind.AdviceQuestion;

    /// <summary>The meldroute written out by hand: every allowed (kind, status, action) and where it leads.</summary>
    private static readonly Dictionary<(SignalKind, SignalStatus, SignalAction), SignalStatus> Allowed = new()
    {
        [(R, SignalStatus.New, SignalAction.TakeUp)] = SignalStatus.InProgress,
        [(A, SignalStatus.New, SignalAction.TakeUp)] = SignalStatus.InProgress,
        [(R, SignalStatus.New, SignalAction.HandleLocally)] = SignalStatus.HandledLocally,
        [(R, SignalStatus.InProgress, SignalAction.HandleLocally)] = SignalStatus.HandledLocally,
        [(R, SignalStatus.New, SignalAction.RegisterForTable)] = SignalStatus.RegisteredForTable,
        [(R, SignalStatus.InProgress, SignalAction.RegisterForTable)] = SignalStatus.RegisteredForTable,
        [(A, SignalStatus.New, SignalAction.Answer)] = SignalStatus.Answered,
        [(A, SignalStatus.InProgress, SignalAction.Answer)] = SignalStatus.Answered,
        [(R, SignalStatus.New, SignalAction.Forward)] = SignalStatus.New,
        [(R, SignalStatus.InProgress, SignalAction.Forward)] = SignalStatus.New,
        [(A, SignalStatus.New, SignalAction.Forward)] = SignalStatus.New,
        [(A, SignalStatus.InProgress, SignalAction.Forward)] = SignalStatus.New,
        [(R, SignalStatus.New, SignalAction.MarkAcute)] = SignalStatus.New,
        [(R, SignalStatus.InProgress, SignalAction.MarkAcute)] = SignalStatus.InProgress,
        [(R, SignalStatus.RegisteredForTable, SignalAction.MarkAcute)] = SignalStatus.RegisteredForTable,
        // The table decides on registered signals, on acute or flagged ones still in a queue, and may revise its closing.
        [(R, SignalStatus.New, SignalAction.TableUpgrade)] = SignalStatus.RegisteredForTable,
        [(R, SignalStatus.InProgress, SignalAction.TableUpgrade)] = SignalStatus.RegisteredForTable,
        [(R, SignalStatus.RegisteredForTable, SignalAction.TableUpgrade)] = SignalStatus.RegisteredForTable,
        [(R, SignalStatus.ClosedByTable, SignalAction.TableUpgrade)] = SignalStatus.RegisteredForTable,
        [(R, SignalStatus.New, SignalAction.TableKeepMonitoring)] = SignalStatus.RegisteredForTable,
        [(R, SignalStatus.InProgress, SignalAction.TableKeepMonitoring)] = SignalStatus.RegisteredForTable,
        [(R, SignalStatus.RegisteredForTable, SignalAction.TableKeepMonitoring)] = SignalStatus.RegisteredForTable,
        [(R, SignalStatus.ClosedByTable, SignalAction.TableKeepMonitoring)] = SignalStatus.RegisteredForTable,
        [(R, SignalStatus.New, SignalAction.TableClose)] = SignalStatus.ClosedByTable,
        [(R, SignalStatus.InProgress, SignalAction.TableClose)] = SignalStatus.ClosedByTable,
        [(R, SignalStatus.RegisteredForTable, SignalAction.TableClose)] = SignalStatus.ClosedByTable,
        [(R, SignalStatus.ClosedByTable, SignalAction.TableClose)] = SignalStatus.ClosedByTable,
        // Triage by the chain director: only while the signal waits for it; acute still works and the table may decide
        // on an acute signal that waits for triage.
        [(R, SignalStatus.AwaitingTriage, SignalAction.TriagePutOnTable)] = SignalStatus.RegisteredForTable,
        [(R, SignalStatus.AwaitingTriage, SignalAction.TriageSendBack)] = SignalStatus.InProgress,
        [(R, SignalStatus.AwaitingTriage, SignalAction.TriageClose)] = SignalStatus.ClosedInTriage,
        [(R, SignalStatus.AwaitingTriage, SignalAction.MarkAcute)] = SignalStatus.AwaitingTriage,
        [(R, SignalStatus.AwaitingTriage, SignalAction.TableUpgrade)] = SignalStatus.RegisteredForTable,
        [(R, SignalStatus.AwaitingTriage, SignalAction.TableKeepMonitoring)] = SignalStatus.RegisteredForTable,
        [(R, SignalStatus.AwaitingTriage, SignalAction.TableClose)] = SignalStatus.ClosedByTable,
        // The reverse route: the table hands the signal back to the municipality's queue.
        [(R, SignalStatus.New, SignalAction.TableReturnToMunicipality)] = SignalStatus.InProgress,
        [(R, SignalStatus.InProgress, SignalAction.TableReturnToMunicipality)] = SignalStatus.InProgress,
        [(R, SignalStatus.AwaitingTriage, SignalAction.TableReturnToMunicipality)] = SignalStatus.InProgress,
        [(R, SignalStatus.RegisteredForTable, SignalAction.TableReturnToMunicipality)] = SignalStatus.InProgress,
        [(R, SignalStatus.ClosedByTable, SignalAction.TableReturnToMunicipality)] = SignalStatus.InProgress,
    };

    public static TheoryData<SignalKind, SignalStatus, SignalAction> EveryPair()
    {
        var data = new TheoryData<SignalKind, SignalStatus, SignalAction>();
        foreach (var kind in Enum.GetValues<SignalKind>())
        foreach (var status in Enum.GetValues<SignalStatus>())
        foreach (var action in Enum.GetValues<SignalAction>())
        {
            data.Add(kind, status, action);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Every_state_and_action_pair_follows_the_meldroute(SignalKind kind, SignalStatus status, SignalAction action)
    {
        var expected = Allowed.TryGetValue((kind, status, action), out var next) ? next : (SignalStatus?)null;
        SignalStateMachine.Next(kind, status, action).ShouldBe(expected);
        SignalStateMachine.Allows(kind, status, action).ShouldBe(expected is not null);
    }

    [Fact]
    public void The_table_above_covers_all_combinations_of_the_enums()
    {
        EveryPair().Count.ShouldBe(Enum.GetValues<SignalKind>().Length * Enum.GetValues<SignalStatus>().Length * Enum.GetValues<SignalAction>().Length);
    }

    [Theory]
    [InlineData(SignalStatus.HandledLocally)]
    [InlineData(SignalStatus.Answered)]
    [InlineData(SignalStatus.ClosedInTriage)]
    public void Closed_signals_allow_nothing(SignalStatus status)
    {
        SignalStateMachine.IsClosed(status).ShouldBeTrue();
        SignalStateMachine.AllowedActions(R, status).ShouldBeEmpty();
        SignalStateMachine.AllowedActions(A, status).ShouldBeEmpty();
    }

    [Fact]
    public void A_signal_closed_by_the_table_only_takes_the_tables_own_revision_and_offers_the_municipality_nothing()
    {
        SignalStateMachine.IsClosed(SignalStatus.ClosedByTable).ShouldBeTrue();
        SignalStateMachine.AllowedActions(R, SignalStatus.ClosedByTable)
            .ShouldBe([SignalAction.TableUpgrade, SignalAction.TableKeepMonitoring, SignalAction.TableClose, SignalAction.TableReturnToMunicipality], ignoreOrder: true);
        SignalStateMachine.MunicipalActions(R, SignalStatus.ClosedByTable).ShouldBeEmpty();
        SignalStateMachine.AllowedActions(A, SignalStatus.ClosedByTable).ShouldBeEmpty();
    }

    [Fact]
    public void Municipal_actions_never_include_a_table_step()
    {
        foreach (var kind in Enum.GetValues<SignalKind>())
        foreach (var status in Enum.GetValues<SignalStatus>())
        {
            SignalStateMachine.MunicipalActions(kind, status).ShouldAllBe(a => !SignalStateMachine.IsTableAction(a) && !SignalStateMachine.IsTriageAction(a));
        }
        SignalStateMachine.MunicipalActions(R, SignalStatus.RegisteredForTable).ShouldBe([SignalAction.MarkAcute]);
    }

    [Theory]
    [InlineData(TableOutcome.Tracks, SignalAction.TableUpgrade)]
    [InlineData(TableOutcome.KeepMonitoring, SignalAction.TableKeepMonitoring)]
    [InlineData(TableOutcome.UndesirableSituation, SignalAction.TableClose)]
    [InlineData(TableOutcome.NoFurtherAction, SignalAction.TableClose)]
    [InlineData(TableOutcome.LocalFollowUp, SignalAction.TableReturnToMunicipality)]
    public void Every_table_outcome_is_a_step_of_the_state_machine(TableOutcome outcome, SignalAction action)
    {
        SignalStateMachine.ForTableOutcome(outcome).ShouldBe(action);
        Enum.GetValues<TableOutcome>().Length.ShouldBe(5);
    }

    [Fact]
    public void An_advice_question_cannot_go_to_the_table_and_a_report_cannot_be_answered()
    {
        SignalStateMachine.AllowedActions(A, SignalStatus.InProgress).ShouldBe([SignalAction.Forward, SignalAction.Answer], ignoreOrder: true);
        SignalStateMachine.AllowedActions(R, SignalStatus.InProgress).ShouldNotContain(SignalAction.Answer);
    }

    [Fact]
    public void Registering_for_the_table_leads_to_the_table_or_to_triage_as_the_region_routes_it()
    {
        SignalStateMachine.Next(R, SignalStatus.InProgress, SignalAction.RegisterForTable, Core.Organisations.TableRoute.Direct).ShouldBe(SignalStatus.RegisteredForTable);
        SignalStateMachine.Next(R, SignalStatus.InProgress, SignalAction.RegisterForTable, Core.Organisations.TableRoute.ViaChainDirector).ShouldBe(SignalStatus.AwaitingTriage);
        SignalStateMachine.Next(R, SignalStatus.New, SignalAction.RegisterForTable, Core.Organisations.TableRoute.ViaChainDirector).ShouldBe(SignalStatus.AwaitingTriage);
        // The route changes where a step leads, never which steps are allowed.
        SignalStateMachine.Next(A, SignalStatus.InProgress, SignalAction.RegisterForTable, Core.Organisations.TableRoute.ViaChainDirector).ShouldBeNull();
        SignalStateMachine.Next(R, SignalStatus.AwaitingTriage, SignalAction.TakeUp, Core.Organisations.TableRoute.ViaChainDirector).ShouldBeNull();
    }

    [Fact]
    public void A_signal_waiting_for_triage_offers_the_municipality_only_acute_and_the_chain_director_the_three_triage_steps()
    {
        SignalStateMachine.MunicipalActions(R, SignalStatus.AwaitingTriage).ShouldBe([SignalAction.MarkAcute]);
        SignalStateMachine.TriageActions(R, SignalStatus.AwaitingTriage)
            .ShouldBe([SignalAction.TriagePutOnTable, SignalAction.TriageSendBack, SignalAction.TriageClose], ignoreOrder: true);
        foreach (var status in Enum.GetValues<SignalStatus>().Where(s => s != SignalStatus.AwaitingTriage))
        {
            SignalStateMachine.TriageActions(R, status).ShouldBeEmpty();
        }
    }
}
