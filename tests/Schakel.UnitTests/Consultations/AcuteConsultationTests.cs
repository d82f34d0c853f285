using Schakel.Core.Common;
using Schakel.Core.Consultations;
using Schakel.Core.Signals;

namespace Schakel.UnitTests.Consultations;

public sealed class AcuteConsultationTests
{
    private static readonly Actor Officer = new("af-1", "Sanne (Zwolle)");
    private static readonly DateTimeOffset At = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly Invitee Police = new("politie-1", "Rob, Politie");
    private static readonly Invitee Care = new("zorg-1", "Anouk, Veilig Thuis");

    private static Signal AcuteSignal()
    {
        var signal = new Signal { Id = 7, Reference = "S-2026-000007", MelderTypeCode = "WIJKTEAM", MunicipalityId = 1 };
        signal.TakeUp(Officer, null, At.AddHours(-2));
        signal.MarkAcute(Officer, AcuteActor.PoliceOrProsecution, "Politie heeft haar veilig ondergebracht.", At.AddHours(-1));
        signal.ClearDomainEvents();
        return signal;
    }

    private static AcuteConsultation Started(Signal? signal = null, int? hours = 4) =>
        AcuteConsultation.Start(signal ?? AcuteSignal(), Officer, "Is zij bekend, en is opvang vannacht nodig?", hours, [Police, Care], null, At);

    [Fact]
    public void Starting_sets_the_deadline_in_hours_invites_the_partners_writes_the_timeline_and_raises_its_event()
    {
        var signal = AcuteSignal();
        var c = AcuteConsultation.Start(signal, Officer, "  Is zij bekend?  ", null, [Police, Care, Police], null, At);

        c.Question.ShouldBe("Is zij bekend?");
        c.Hours.ShouldBe(AcuteConsultation.DefaultHours);
        c.AnswerBy.ShouldBe(At.AddHours(4));
        c.Invitations.Select(i => i.UserId).ShouldBe(["politie-1", "zorg-1"]);
        c.IsOpen.ShouldBeTrue();
        signal.Events.Last().Description.ShouldContain("Spoed-MDO gestart met 2 partner(s)");
        c.DomainEvents.ShouldHaveSingleItem().ShouldBe(new AcuteConsultationStarted(c));
    }

    [Fact]
    public void Only_an_acute_open_signal_without_an_open_consultation_gets_one()
    {
        var plain = new Signal { Reference = "S-2026-000008", MelderTypeCode = "WIJKTEAM", MunicipalityId = 1 };
        Should.Throw<DomainException>(() => Started(plain)).Input.ShouldBe(AcuteConsultationInput.Signal);

        var signal = AcuteSignal();
        var open = Started(signal);
        var second = Should.Throw<DomainException>(() => AcuteConsultation.Start(signal, Officer, "nog een vraag", 2, [Police], open, At));
        second.Message.ShouldContain("loopt al een spoed-MDO");

        open.Close(Officer, "Opvang geregeld.", At.AddHours(1));
        AcuteConsultation.Start(signal, Officer, "nieuwe vraag", 2, [Police], open, At.AddHours(2)).IsOpen.ShouldBeTrue();
    }

    [Theory]
    [InlineData(" ", 4, "question")]
    [InlineData("vraag", 0, "hours")]
    [InlineData("vraag", 73, "hours")]
    public void Bad_input_is_refused_naming_the_input(string question, int hours, string input)
    {
        Should.Throw<DomainException>(() => AcuteConsultation.Start(AcuteSignal(), Officer, question, hours, [Police], null, At)).Input.ShouldBe(input);
    }

    [Fact]
    public void Without_partners_or_with_oneself_as_partner_it_is_refused()
    {
        Should.Throw<DomainException>(() => AcuteConsultation.Start(AcuteSignal(), Officer, "vraag", 4, [], null, At)).Input.ShouldBe(AcuteConsultationInput.Invitees);
        Should.Throw<DomainException>(() => AcuteConsultation.Start(AcuteSignal(), Officer, "vraag", 4, [new Invitee("af-1", "Sanne")], null, At))
            .Input.ShouldBe(AcuteConsultationInput.Invitees);
    }

    [Fact]
    public void Each_invitee_answers_may_change_it_and_the_last_first_answer_completes_the_round()
    {
        var c = Started();
        c.ClearDomainEvents();

        c.Answer("politie-1", "Bekend van een controle.", At.AddHours(1));
        c.DomainEvents.ShouldHaveSingleItem().ShouldBeOfType<AcuteConsultationAnswered>().CompletesAnswers.ShouldBeFalse();
        c.Answer("politie-1", "Bekend van een controle in Zwolle-Zuid.", At.AddHours(2));
        c.Answer("zorg-1", "Opvang bij Fier mogelijk.", At.AddHours(3));

        var police = c.InvitationOf("politie-1")!;
        (police.Advice, police.AnsweredAt, police.UpdatedAt).ShouldBe(("Bekend van een controle in Zwolle-Zuid.", At.AddHours(1), At.AddHours(2)));
        c.AllAnswered.ShouldBeTrue();
        var events = c.DomainEvents.OfType<AcuteConsultationAnswered>().ToList();
        events.Select(e => (e.First, e.CompletesAnswers)).ShouldBe([(true, false), (false, false), (true, true)]);
    }

    [Fact]
    public void An_answer_after_the_deadline_is_accepted_and_marked_late()
    {
        var c = Started(hours: 2);
        c.Answer("zorg-1", "Te laat, maar: opvang mogelijk.", At.AddHours(3));
        c.InvitationOf("zorg-1")!.Late.ShouldBeTrue();
        c.Answer("politie-1", "Op tijd.", At.AddHours(1));
        c.InvitationOf("politie-1")!.Late.ShouldBeFalse();
    }

    [Fact]
    public void Who_was_not_invited_cannot_answer_and_nobody_answers_an_empty_advice()
    {
        var c = Started();
        Should.Throw<DomainException>(() => c.Answer("riec-1", "advies", At)).Message.ShouldContain("niet uitgenodigd");
        Should.Throw<DomainException>(() => c.Answer("politie-1", " ", At)).Input.ShouldBe(AcuteConsultationInput.Advice);
        c.InvitationOf("politie-1")!.HasAnswered.ShouldBeFalse();
    }

    [Fact]
    public void Closing_records_the_outcome_once_and_ends_answering()
    {
        var c = Started();
        c.ClearDomainEvents();
        Should.Throw<DomainException>(() => c.Close(Officer, "", At)).Input.ShouldBe(AcuteConsultationInput.Outcome);

        c.Close(Officer, "Opvang geregeld; politie spreekt haar morgen.", At.AddHours(5));

        (c.IsOpen, c.Outcome, c.ClosedAt, c.ClosedByName).ShouldBe((false, "Opvang geregeld; politie spreekt haar morgen.", At.AddHours(5), "Sanne (Zwolle)"));
        c.DomainEvents.ShouldHaveSingleItem().ShouldBe(new AcuteConsultationClosed(c));
        Should.Throw<DomainException>(() => c.Close(Officer, "nogmaals", At.AddHours(6)));
        Should.Throw<DomainException>(() => c.Answer("politie-1", "nog iets", At.AddHours(6))).Message.ShouldContain("afgerond");
    }
}
