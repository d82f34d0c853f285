using Schakel.Core.Common;
using Schakel.Core.Organisations;

namespace Schakel.Core.Signals;

/// <summary>A melding or adviesvraag on its route from intake to a local outcome or the regional table.</summary>
public partial class Signal : AggregateRoot
{
    public int Id { get; set; }
    /// <summary>Reference given to the melder, e.g. "S-2026-000042". Contains no personal data.</summary>
    public required string Reference { get; init; }
    public SignalKind Kind { get; init; } = SignalKind.Report;
    public IntakeChannel Channel { get; init; }
    /// <summary>Changed only through the steps in SignalLifecycle.cs, which ask <see cref="SignalStateMachine"/>.</summary>
    public SignalStatus Status { get; private set; } = SignalStatus.New;

    public required string MelderTypeCode { get; init; }
    public int? MelderOrganisationId { get; init; }
    public Organisation? MelderOrganisation { get; set; }
    public string? MelderName { get; set; }
    public string? MelderContact { get; set; }
    public string? CreatedByUserId { get; init; }

    public DateOnly? ObservedOn { get; set; }
    public DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Municipality where the situation plays; null puts it in the chain director's queue.</summary>
    public int? MunicipalityId { get; set; }
    public Organisation? Municipality { get; set; }

    public string? SectorCode { get; set; }
    public string? Description { get; set; }

    public bool IsAcute { get; private set; }
    public AcuteActor? AcuteBy { get; private set; }
    public string? AcuteIntervention { get; private set; }
    public DateTimeOffset? AcuteAt { get; private set; }

    public ConcernLevel AssessedLevel { get; set; }
    public SuggestedRoute SuggestedRoute { get; set; }
    public ConcernLevel? OverrideLevel { get; set; }
    public string? OverrideReason { get; set; }

    public string? DecisionReason { get; private set; }
    public string? Outcome { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public DateTimeOffset? RegisteredForTableAt { get; private set; }
    /// <summary>When retention removed the personal data; the anonymous remainder keeps the figures true.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }

    /// <summary>Idempotency key of a partner system, unique per organisation.</summary>
    public string? ClientId { get; init; }
    public int? ClientOrganisationId { get; init; }
    /// <summary>One-time token of the public form, so a resubmitted form creates nothing new.</summary>
    public string? SubmissionToken { get; init; }

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
