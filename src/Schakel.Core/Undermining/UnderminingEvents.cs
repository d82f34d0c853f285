using Schakel.Core.Common;

namespace Schakel.Core.Undermining;

/// <summary>A step on the undermining route of one signal; the care route of the signal is not touched by any of them.</summary>
public abstract record UnderminingStep(UnderminingReferral Referral, Actor By) : IDomainEvent;

/// <summary>The AF put the signal to the OOV adviser of its municipality.</summary>
public sealed record UnderminingReferralMade(UnderminingReferral Referral, Actor By) : UnderminingStep(Referral, By);

public sealed record ReferralDiscussedAtCaseTable(UnderminingReferral Referral, Actor By) : UnderminingStep(Referral, By);

public sealed record ReferralEscalatedToRiec(UnderminingReferral Referral, Actor By) : UnderminingStep(Referral, By);

public sealed record ReferralTakenUpByRiec(UnderminingReferral Referral, Actor By) : UnderminingStep(Referral, By);

/// <summary>The referral closed: by the OOV adviser with a reason, or by the RIEC with its outcome (<see cref="UnderminingReferral.RiecOutcomeCode"/>).</summary>
public sealed record UnderminingReferralClosed(UnderminingReferral Referral, Actor By) : UnderminingStep(Referral, By);
