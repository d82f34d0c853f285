using Schakel.Core.Organisations;

namespace Schakel.Core.Signals;

/// <summary>A melding or adviesvraag on its route from intake to a local outcome or the regional table.</summary>
public class Signal
{
    public int Id { get; set; }
    /// <summary>Reference given to the melder, e.g. "S-2026-000042". Contains no personal data.</summary>
    public required string Reference { get; set; }
    public SignalKind Kind { get; set; } = SignalKind.Report;
    public IntakeChannel Channel { get; set; }
    public SignalStatus Status { get; set; } = SignalStatus.New;

    public required string MelderTypeCode { get; set; }
    public int? MelderOrganisationId { get; set; }
    public Organisation? MelderOrganisation { get; set; }
    public string? MelderName { get; set; }
    public string? MelderContact { get; set; }
    public string? CreatedByUserId { get; set; }

    public DateOnly? ObservedOn { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Municipality where the situation plays; null puts it in the chain director's queue.</summary>
    public int? MunicipalityId { get; set; }
    public Organisation? Municipality { get; set; }

    public string? SectorCode { get; set; }
    public string? Description { get; set; }

    public bool IsAcute { get; set; }
    public AcuteActor? AcuteBy { get; set; }
    public string? AcuteIntervention { get; set; }
    public DateTimeOffset? AcuteAt { get; set; }

    public ConcernLevel AssessedLevel { get; set; }
    public SuggestedRoute SuggestedRoute { get; set; }
    public ConcernLevel? OverrideLevel { get; set; }
    public string? OverrideReason { get; set; }

    public string? DecisionReason { get; set; }
    public string? Outcome { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset? RegisteredForTableAt { get; set; }
    /// <summary>When retention removed the personal data; the anonymous remainder keeps the figures true.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    /// <summary>Idempotency key of a partner system, unique per organisation.</summary>
    public string? ClientId { get; set; }
    public int? ClientOrganisationId { get; set; }
    /// <summary>One-time token of the public form, so a resubmitted form creates nothing new.</summary>
    public string? SubmissionToken { get; set; }

    /// <summary>The case the table made of this signal, once upgraded to a reasonable suspicion.</summary>
    public int? CaseId { get; set; }

    public int Version { get; set; }

    public List<SignalForm> Forms { get; set; } = [];
    public List<SignalIndicator> Indicators { get; set; } = [];
    public List<Subject> Subjects { get; set; } = [];
    public List<SignalEvent> Events { get; set; } = [];
    public List<SignalNote> Notes { get; set; } = [];

    public ConcernLevel EffectiveLevel => OverrideLevel ?? AssessedLevel;
    public bool IsClosed => SignalStateMachine.IsClosed(Status);
}
