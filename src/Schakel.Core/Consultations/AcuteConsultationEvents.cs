using Schakel.Core.Common;

namespace Schakel.Core.Consultations;

public sealed record AcuteConsultationStarted(AcuteConsultation Consultation) : IDomainEvent;

/// <param name="First">The invitee answered for the first time (not a correction).</param>
/// <param name="CompletesAnswers">This answer was the last one missing.</param>
public sealed record AcuteConsultationAnswered(AcuteConsultation Consultation, ConsultationInvitation Invitation, bool First, bool CompletesAnswers) : IDomainEvent;

public sealed record AcuteConsultationClosed(AcuteConsultation Consultation) : IDomainEvent;
