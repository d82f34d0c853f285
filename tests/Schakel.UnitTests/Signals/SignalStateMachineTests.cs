using Schakel.Core.Signals;

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
    public void Closed_signals_allow_nothing(SignalStatus status)
    {
        SignalStateMachine.IsClosed(status).ShouldBeTrue();
        SignalStateMachine.AllowedActions(R, status).ShouldBeEmpty();
        SignalStateMachine.AllowedActions(A, status).ShouldBeEmpty();
    }

    [Fact]
    public void An_advice_question_cannot_go_to_the_table_and_a_report_cannot_be_answered()
    {
        SignalStateMachine.AllowedActions(A, SignalStatus.InProgress).ShouldBe([SignalAction.Forward, SignalAction.Answer], ignoreOrder: true);
        SignalStateMachine.AllowedActions(R, SignalStatus.InProgress).ShouldNotContain(SignalAction.Answer);
    }
}
