using Schakel.Core.Common;
using Schakel.Core.Signals;
using Schakel.Core.Undermining;

namespace Schakel.UnitTests.Undermining;

public sealed class UnderminingReferralTests
{
    private static readonly Actor Af = new("af-1", "Sanne (Zwolle)");
    private static readonly Actor Oov = new("oov-1", "Bart (OOV Zwolle)");
    private static readonly Actor Riec = new("riec-1", "Linda (RIEC)");
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static Signal NewSignal(int? municipality = 7) =>
        new() { Id = 42, Reference = "MH-2026-000042", MelderTypeCode = "WIJKTEAM", MunicipalityId = municipality };

    private static UnderminingReferral Referred(Signal signal)
    {
        var referral = UnderminingReferral.PutToAdvisor(signal, [], Af, "Mogelijk witwassen via nagelsalon?", At);
        referral.ClearDomainEvents();
        return referral;
    }

    [Fact]
    public void Putting_a_signal_to_the_adviser_goes_to_its_municipality_writes_a_timeline_line_and_leaves_the_status_alone()
    {
        var signal = NewSignal();
        signal.TakeUp(Af, null, At);

        var referral = UnderminingReferral.PutToAdvisor(signal, [], Af, "  Mogelijk witwassen?  ", At);

        (referral.SignalId, referral.MunicipalityId, referral.Status, referral.Question, referral.OpenSignalId).ShouldBe((42, 7, UnderminingStatus.WithAdvisor, "Mogelijk witwassen?", (int?)42));
        signal.Status.ShouldBe(SignalStatus.InProgress);
        var line = signal.Events.Last();
        line.Description.ShouldContain("OOV-adviseur");
        (line.FromStatus, line.ToStatus, line.Reason).ShouldBe(((SignalStatus?)null, (SignalStatus?)null, (string?)null));
        referral.DomainEvents.ShouldHaveSingleItem().ShouldBe(new UnderminingReferralMade(referral, Af));
    }

    [Fact]
    public void A_signal_without_municipality_or_question_or_with_an_open_referral_is_refused()
    {
        Should.Throw<DomainException>(() => UnderminingReferral.PutToAdvisor(NewSignal(null), [], Af, "vraag", At)).Message.ShouldContain("geen gemeente");
        Should.Throw<DomainException>(() => UnderminingReferral.PutToAdvisor(NewSignal(), [], Af, " ", At)).Input.ShouldBe(UnderminingInput.Question);
        var signal = NewSignal();
        var open = Referred(signal);
        Should.Throw<DomainException>(() => UnderminingReferral.PutToAdvisor(signal, [open], Af, "nog een", At)).Message.ShouldContain("ligt al bij de OOV-adviseur");

        open.Close(signal, Oov, "geen ondermijning", At);
        UnderminingReferral.PutToAdvisor(signal, [open], Af, "nieuwe aanwijzing", At).IsOpen.ShouldBeTrue();
    }

    [Fact]
    public void The_adviser_records_the_casustafel_then_escalates_and_the_riec_takes_up_and_closes_with_its_outcome()
    {
        var signal = NewSignal();
        var referral = Referred(signal);

        referral.RecordCaseTable(signal, Oov, Today.AddDays(-1), "Bestuurlijke informatie opgevraagd", Today, At);
        (referral.Status, referral.DiscussedOn, referral.CaseTableOutcome).ShouldBe((UnderminingStatus.DiscussedAtCaseTable, (DateOnly?)Today.AddDays(-1), "Bestuurlijke informatie opgevraagd"));

        referral.EscalateToRiec(signal, Oov, "Meerdere panden, mogelijk netwerk", 3, At);
        (referral.Status, referral.RiecRegionId, referral.IsOpen).ShouldBe((UnderminingStatus.EscalatedToRiec, (int?)3, true));

        referral.TakeUpByRiec(signal, Riec, At);
        referral.Status.ShouldBe(UnderminingStatus.TakenUpByRiec);

        referral.RecordRiecOutcome(signal, Riec, RiecOutcomes.CaseOpened, At);
        (referral.Status, referral.RiecOutcomeCode, referral.OpenSignalId, referral.ClosedAt).ShouldBe((UnderminingStatus.Closed, RiecOutcomes.CaseOpened, (int?)null, (DateTimeOffset?)At));

        referral.DomainEvents.Select(e => e.GetType()).ShouldBe([typeof(ReferralDiscussedAtCaseTable), typeof(ReferralEscalatedToRiec), typeof(ReferralTakenUpByRiec), typeof(UnderminingReferralClosed)]);
        signal.Events.Count.ShouldBe(5);
        signal.Events.ShouldAllBe(e => e.ToStatus == null && e.Reason == null);
        signal.Status.ShouldBe(SignalStatus.New);
    }

    [Fact]
    public void Each_step_names_the_input_it_refuses()
    {
        var signal = NewSignal();
        var referral = Referred(signal);

        Should.Throw<DomainException>(() => referral.RecordCaseTable(signal, Oov, null, "uitkomst", Today, At)).Input.ShouldBe(UnderminingInput.DiscussedOn);
        Should.Throw<DomainException>(() => referral.RecordCaseTable(signal, Oov, Today.AddDays(1), "uitkomst", Today, At)).Message.ShouldContain("toekomst");
        Should.Throw<DomainException>(() => referral.RecordCaseTable(signal, Oov, Today, "", Today, At)).Input.ShouldBe(UnderminingInput.Outcome);
        Should.Throw<DomainException>(() => referral.EscalateToRiec(signal, Oov, null, 3, At)).Input.ShouldBe(UnderminingInput.Reason);
        Should.Throw<DomainException>(() => referral.Close(signal, Oov, "", At)).Input.ShouldBe(UnderminingInput.Reason);
        Should.Throw<DomainException>(() => referral.EscalateToRiec(signal, Oov, new string('x', UnderminingReferral.MaxText + 1), 3, At)).Message.ShouldContain("te lang");

        referral.Status.ShouldBe(UnderminingStatus.WithAdvisor);
        signal.Events.Count.ShouldBe(1);
        referral.DomainEvents.ShouldBeEmpty();
    }

    [Fact]
    public void The_riec_steps_wait_for_an_escalation_and_an_escalation_is_closed_only_by_the_riec()
    {
        var signal = NewSignal();
        var referral = Referred(signal);

        Should.Throw<DomainException>(() => referral.TakeUpByRiec(signal, Riec, At)).Message.ShouldContain("voorgelegd aan oov-adviseur");
        Should.Throw<DomainException>(() => referral.RecordRiecOutcome(signal, Riec, RiecOutcomes.NoRiecCase, At));

        referral.EscalateToRiec(signal, Oov, "netwerk", 3, At);
        Should.Throw<DomainException>(() => referral.Close(signal, Oov, "toch niet", At)).Message.ShouldContain("RIEC sluit");
        Should.Throw<DomainException>(() => referral.RecordCaseTable(signal, Oov, Today, "nog eens", Today, At));
        Should.Throw<DomainException>(() => referral.RecordRiecOutcome(signal, Riec, "Onbekend", At)).Input.ShouldBe(UnderminingInput.RiecOutcome);

        // "Geen RIEC-casus" can follow the escalation at once, without taking it up first.
        referral.RecordRiecOutcome(signal, Riec, RiecOutcomes.NoRiecCase, At);
        referral.IsOpen.ShouldBeFalse();
        Should.Throw<DomainException>(() => referral.TakeUpByRiec(signal, Riec, At));
    }

    [Fact]
    public void A_step_with_another_signal_is_a_programming_error_not_a_timeline_line()
    {
        var referral = Referred(NewSignal());
        var other = new Signal { Id = 43, Reference = "MH-2026-000043", MelderTypeCode = "WIJKTEAM", MunicipalityId = 7 };
        Should.Throw<InvalidOperationException>(() => referral.Close(other, Oov, "reden", At));
        other.Events.ShouldBeEmpty();
        referral.IsOpen.ShouldBeTrue();
    }
}
