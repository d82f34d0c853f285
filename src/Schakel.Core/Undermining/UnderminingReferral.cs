using Schakel.Core.Common;
using Schakel.Core.Signals;

namespace Schakel.Core.Undermining;

/// <summary>
/// One signal put to the OOV adviser (openbare orde en veiligheid) of its municipality for the undermining route: the
/// adviser brings it to the municipal casustafel ondermijning, escalates it to the RIEC or closes it; the RIEC takes an
/// escalation up and records its outcome. It runs beside the care route: it never changes the signal's status, and
/// each step writes only a line on the signal's timeline, without the reasons, which stay with the referral.
/// </summary>
public class UnderminingReferral : AggregateRoot
{
    public const int MaxText = 4000;

    public int Id { get; set; }
    public int SignalId { get; init; }
    /// <summary>The signal's reference, for links and notification titles; it carries no personal data.</summary>
    public required string SignalReference { get; init; }
    /// <summary>The municipality whose OOV adviser the signal was put to; a later forward of the signal does not move it.</summary>
    public int MunicipalityId { get; init; }
    public UnderminingStatus Status { get; private set; } = UnderminingStatus.WithAdvisor;

    public string Question { get; private set; } = "";
    public DateTimeOffset ReferredAt { get; init; }
    public string? ReferredByUserId { get; init; }
    public required string ReferredBy { get; init; }

    public DateOnly? DiscussedOn { get; private set; }
    public string? CaseTableOutcome { get; private set; }

    public string? EscalationReason { get; private set; }
    public DateTimeOffset? EscalatedAt { get; private set; }
    /// <summary>The region whose RIEC the referral was escalated to: the municipality's region at that moment.</summary>
    public int? RiecRegionId { get; private set; }
    public DateTimeOffset? RiecTakenUpAt { get; private set; }
    public string? RiecTakenUpBy { get; private set; }
    /// <summary>Code from <see cref="RiecOutcomes"/>.</summary>
    public string? RiecOutcomeCode { get; private set; }

    public string? CloseReason { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The signal's id while the referral is open, null once closed: a unique index on it keeps one open referral per signal.</summary>
    public int? OpenSignalId { get; private set; }

    public int Version { get; set; }

    public bool IsOpen => Status != UnderminingStatus.Closed;

    public bool IsEscalated => EscalatedAt is not null;

    /// <summary>The AF puts the signal to the OOV adviser of its municipality, with the question for the adviser.</summary>
    /// <param name="existing">The signal's earlier referrals: a new one starts only when none is open.</param>
    public static UnderminingReferral PutToAdvisor(Signal signal, IEnumerable<UnderminingReferral> existing, Actor by, string? question, DateTimeOffset at)
    {
        if (signal.MunicipalityId is not { } municipality)
        {
            throw new DomainException("Deze melding heeft nog geen gemeente. Kies eerst de gemeente; de OOV-adviseur van die gemeente krijgt de melding.");
        }
        if (signal.AnonymisedAt is not null)
        {
            throw new DomainException("Deze melding is geanonimiseerd en kan niet meer worden voorgelegd.");
        }
        if (existing.Any(r => r.SignalId == signal.Id && r.IsOpen))
        {
            throw new DomainException("Deze melding ligt al bij de OOV-adviseur. Wacht tot die voorlegging is afgesloten.");
        }
        var referral = new UnderminingReferral
        {
            SignalId = signal.Id, SignalReference = signal.Reference, MunicipalityId = municipality,
            Question = Text(question, "Schrijf de vraag of reden voor de OOV-adviseur.", UnderminingInput.Question),
            ReferredAt = at, ReferredByUserId = by.UserId, ReferredBy = by.Name, OpenSignalId = signal.Id,
        };
        Timeline(signal, by, at, "Voorgelegd aan de OOV-adviseur ondermijning van de gemeente");
        referral.Raise(new UnderminingReferralMade(referral, by));
        return referral;
    }

    /// <summary>The adviser records a discussion at the casustafel ondermijning; a later discussion replaces date and outcome.</summary>
    public void RecordCaseTable(Signal signal, Actor by, DateOnly? discussedOn, string? outcome, DateOnly today, DateTimeOffset at)
    {
        RequireStatus(signal, "De bespreking aan de casustafel", UnderminingStatus.WithAdvisor, UnderminingStatus.DiscussedAtCaseTable);
        if (discussedOn is not { } date)
        {
            throw new DomainException("Vul de datum van de bespreking aan de casustafel in.", UnderminingInput.DiscussedOn);
        }
        if (date > today)
        {
            throw new DomainException("De datum van de bespreking ligt in de toekomst. Leg een bespreking vast nadat die is gehouden.", UnderminingInput.DiscussedOn);
        }
        var text = Text(outcome, "Schrijf de uitkomst van de bespreking aan de casustafel.", UnderminingInput.Outcome);
        DiscussedOn = date;
        CaseTableOutcome = text;
        Status = UnderminingStatus.DiscussedAtCaseTable;
        Timeline(signal, by, at, $"Besproken aan de casustafel ondermijning op {date:d-M-yyyy}");
        Raise(new ReferralDiscussedAtCaseTable(this, by));
    }

    /// <summary>The adviser escalates to the RIEC of the municipality's region; the care route of the signal runs on.</summary>
    public void EscalateToRiec(Signal signal, Actor by, string? reason, int riecRegionId, DateTimeOffset at)
    {
        RequireStatus(signal, "Escaleren naar het RIEC", UnderminingStatus.WithAdvisor, UnderminingStatus.DiscussedAtCaseTable);
        EscalationReason = Text(reason, "Schrijf waarom u de melding naar het RIEC escaleert.", UnderminingInput.Reason);
        EscalatedAt = at;
        RiecRegionId = riecRegionId;
        Status = UnderminingStatus.EscalatedToRiec;
        Timeline(signal, by, at, "Geëscaleerd naar het RIEC; de zorgroute loopt door");
        Raise(new ReferralEscalatedToRiec(this, by));
    }

    /// <summary>The adviser closes a referral that was not escalated; an escalation is closed by the RIEC's outcome.</summary>
    public void Close(Signal signal, Actor by, string? reason, DateTimeOffset at)
    {
        OwnSignal(signal);
        if (IsEscalated && IsOpen)
        {
            throw new DomainException("Deze melding ligt bij het RIEC. Het RIEC sluit de escalatie af met zijn uitkomst.");
        }
        RequireStatus(signal, "Afsluiten", UnderminingStatus.WithAdvisor, UnderminingStatus.DiscussedAtCaseTable);
        CloseReason = Text(reason, "Schrijf waarom u de voorlegging afsluit.", UnderminingInput.Reason);
        Finish(at);
        Timeline(signal, by, at, "Voorlegging ondermijning afgesloten door de OOV-adviseur");
        Raise(new UnderminingReferralClosed(this, by));
    }

    public void TakeUpByRiec(Signal signal, Actor by, DateTimeOffset at)
    {
        RequireStatus(signal, "Oppakken door het RIEC", UnderminingStatus.EscalatedToRiec);
        RiecTakenUpAt = at;
        RiecTakenUpBy = by.Name;
        Status = UnderminingStatus.TakenUpByRiec;
        Timeline(signal, by, at, "Escalatie opgepakt door het RIEC");
        Raise(new ReferralTakenUpByRiec(this, by));
    }

    /// <summary>The RIEC records its outcome, which closes the referral (also straight after the escalation: "geen RIEC-casus").</summary>
    public void RecordRiecOutcome(Signal signal, Actor by, string? outcomeCode, DateTimeOffset at)
    {
        RequireStatus(signal, "De uitkomst van het RIEC", UnderminingStatus.EscalatedToRiec, UnderminingStatus.TakenUpByRiec);
        if (!RiecOutcomes.IsValid(outcomeCode))
        {
            throw new DomainException("Kies de uitkomst van het RIEC.", UnderminingInput.RiecOutcome);
        }
        RiecOutcomeCode = outcomeCode;
        Finish(at);
        Timeline(signal, by, at, "Escalatie afgerond door het RIEC");
        Raise(new UnderminingReferralClosed(this, by));
    }

    private void Finish(DateTimeOffset at)
    {
        Status = UnderminingStatus.Closed;
        ClosedAt = at;
        OpenSignalId = null;
    }

    private void OwnSignal(Signal signal)
    {
        if (signal.Id != SignalId)
        {
            throw new InvalidOperationException("The step was given another signal than the referral's.");
        }
    }

    private void RequireStatus(Signal signal, string step, params UnderminingStatus[] allowed)
    {
        OwnSignal(signal);
        if (!allowed.Contains(Status))
        {
            throw new DomainException($"{step} kan niet meer: de voorlegging staat op \"{UnderminingLabels.Dutch(Status).ToLowerInvariant()}\".");
        }
    }

    /// <summary>The step as a line on the signal's timeline, committed with the referral; without status change or reason.</summary>
    private static void Timeline(Signal signal, Actor by, DateTimeOffset at, string description) =>
        signal.Events.Add(new SignalEvent { SignalId = signal.Id, At = at, UserId = by.UserId, Actor = by.Name, Description = description });

    private static string Text(string? value, string missing, string input)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException(missing, input);
        }
        var text = value.Trim();
        return text.Length <= MaxText ? text : throw new DomainException($"De tekst is te lang (maximaal {MaxText} tekens).", input);
    }

    /// <summary>Retention: the texts may describe a person; dates, status and the RIEC's outcome code keep the route countable.</summary>
    public void Anonymise()
    {
        Question = "";
        CaseTableOutcome = null;
        EscalationReason = null;
        CloseReason = null;
    }
}
