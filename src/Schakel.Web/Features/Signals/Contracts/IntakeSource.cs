using Schakel.Core.Signals;

namespace Schakel.Web.Features.Signals.Contracts;

/// <summary>Who or what delivered a signal, with the idempotency key of that channel.</summary>
public sealed record IntakeSource(
    IntakeChannel Channel,
    string Actor,
    string? UserId = null,
    int? MelderOrganisationId = null,
    string? ClientId = null,
    int? ClientOrganisationId = null,
    string? SubmissionToken = null);

public sealed record IntakeResult(Signal Signal, bool Created);
