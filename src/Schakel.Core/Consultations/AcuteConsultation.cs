using Schakel.Core.Common;
using Schakel.Core.Signals;

namespace Schakel.Core.Consultations;

/// <summary>
/// A spoed-MDO: a digital acute consultation about one acute signal. The attention officer of the signal's municipality
/// or the region's chain director asks chosen partners one question with a deadline in hours; each invitee answers in
/// Schakel (and may change the answer until it closes); the outcome is recorded when it closes, after which the signal
/// goes on the next agenda as an acute item.
/// </summary>
public class AcuteConsultation : AggregateRoot
{
    public const int DefaultHours = 4;
    public const int MaxHours = 72;
    public const int MaxText = 4000;

    public int Id { get; set; }
    public int SignalId { get; private set; }
    public Signal? Signal { get; set; }
    public string StartedByUserId { get; private set; } = "";
    public string StartedByName { get; private set; } = "";
    public DateTimeOffset StartedAt { get; private set; }
    public string Question { get; private set; } = "";
    public int Hours { get; private set; }
    /// <summary>"Antwoord binnen … uur": an answer after this moment is accepted and marked late.</summary>
    public DateTimeOffset AnswerBy { get; private set; }
    public string? Outcome { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? ClosedByName { get; private set; }
    public int Version { get; set; }
    public List<ConsultationInvitation> Invitations { get; set; } = [];

    public bool IsOpen => ClosedAt is null;
    public bool AllAnswered => Invitations.Count > 0 && Invitations.All(i => i.HasAnswered);

    /// <summary>EF Core materialises through this; new consultations come from <see cref="Start"/>.</summary>
    protected AcuteConsultation()
    {
    }

    /// <param name="openForSignal">The consultation still open about this signal, if any: there is one at a time.</param>
    public static AcuteConsultation Start(
        Signal signal, Actor by, string? question, int? hours, IReadOnlyCollection<Invitee> invitees, AcuteConsultation? openForSignal, DateTimeOffset at)
    {
        if (by.UserId is null)
        {
            throw new DomainException("Een spoed-MDO start altijd een persoon met een account.");
        }
        if (!signal.IsAcute)
        {
            throw new DomainException("Een spoed-MDO kan alleen over een acute melding. Markeer de melding eerst als acuut.", AcuteConsultationInput.Signal);
        }
        if (signal.IsClosed)
        {
            throw new DomainException("Deze melding is afgerond; een spoed-MDO kan niet meer.", AcuteConsultationInput.Signal);
        }
        if (openForSignal is { IsOpen: true })
        {
            throw new DomainException("Over deze melding loopt al een spoed-MDO. Rond die eerst af.", AcuteConsultationInput.Signal);
        }
        var text = RequireText(question, "Schrijf de vraag aan de partners.", "De vraag is te lang (maximaal 4000 tekens).", AcuteConsultationInput.Question);
        var within = hours ?? DefaultHours;
        if (within is < 1 or > MaxHours)
        {
            throw new DomainException($"Geef aan binnen hoeveel uur een antwoord nodig is: 1 tot {MaxHours} uur.", AcuteConsultationInput.Hours);
        }
        if (invitees.Count == 0)
        {
            throw new DomainException("Kies ten minste één partner om uit te nodigen.", AcuteConsultationInput.Invitees);
        }
        if (invitees.Any(i => i.UserId == by.UserId))
        {
            throw new DomainException("U kunt uzelf niet uitnodigen; kies de partners van wie u advies wilt.", AcuteConsultationInput.Invitees);
        }
        var consultation = new AcuteConsultation
        {
            SignalId = signal.Id, Signal = signal, StartedByUserId = by.UserId, StartedByName = by.Name, StartedAt = at,
            Question = text, Hours = within, AnswerBy = at.AddHours(within),
            Invitations = invitees.DistinctBy(i => i.UserId).Select(i => new ConsultationInvitation { UserId = i.UserId, Name = i.Name }).ToList(),
        };
        signal.Events.Add(new SignalEvent
        {
            At = at, UserId = by.UserId, Actor = by.Name,
            Description = $"Spoed-MDO gestart met {consultation.Invitations.Count} partner(s), antwoord binnen {within} uur",
        });
        consultation.Raise(new AcuteConsultationStarted(consultation));
        return consultation;
    }

    /// <summary>An invitee gives (or changes) their advice. Lateness is that of the first answer: a correction later does not make it late.</summary>
    public void Answer(string userId, string? advice, DateTimeOffset at)
    {
        var invitation = Invitations.FirstOrDefault(i => i.UserId == userId)
            ?? throw new DomainException("U bent niet uitgenodigd voor deze spoed-MDO.");
        if (!IsOpen)
        {
            throw new DomainException("Deze spoed-MDO is afgerond; uw advies kan niet meer worden vastgelegd.", AcuteConsultationInput.Advice);
        }
        var text = RequireText(advice, "Schrijf uw advies.", "Het advies is te lang (maximaal 4000 tekens).", AcuteConsultationInput.Advice);
        var first = !invitation.HasAnswered;
        invitation.Advice = text;
        invitation.UpdatedAt = at;
        if (first)
        {
            invitation.AnsweredAt = at;
            invitation.Late = at > AnswerBy;
        }
        Raise(new AcuteConsultationAnswered(this, invitation, first, first && AllAnswered));
    }

    /// <summary>
    /// Records the outcome and closes the consultation, also when not every invitee answered: an acute case does not
    /// wait. Putting the signal on the next agenda is the caller's part of the same save.
    /// </summary>
    public void Close(Actor by, string? outcome, DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new DomainException("Deze spoed-MDO is al afgerond.", AcuteConsultationInput.Outcome);
        }
        Outcome = RequireText(outcome, "Schrijf de uitkomst van de spoed-MDO.", "De uitkomst is te lang (maximaal 4000 tekens).", AcuteConsultationInput.Outcome);
        ClosedAt = at;
        ClosedByName = by.Name;
        Raise(new AcuteConsultationClosed(this));
    }

    public ConsultationInvitation? InvitationOf(string? userId) => userId is null ? null : Invitations.FirstOrDefault(i => i.UserId == userId);

    private static string RequireText(string? text, string missing, string tooLong, string input)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(missing, input);
        }
        var trimmed = text.Trim();
        return trimmed.Length > MaxText ? throw new DomainException(tooLong, input) : trimmed;
    }

    /// <summary>Retention: question, advice and outcome may describe a person; who was asked and when stays.</summary>
    public void Anonymise()
    {
        Question = "";
        Outcome = null;
        foreach (var invitation in Invitations)
        {
            invitation.Advice = null;
        }
    }
}
