namespace Schakel.Core.Linking;

/// <summary>
/// One subject as it appears in one signal; every identifier is raw, as the melder typed it. <see cref="Role"/> is optional
/// (victim, suspect, other): a victim and a suspect are never proposed as one person.
/// </summary>
public sealed record SubjectRecord(
    string SubjectId,
    string? SignalId,
    string? FullName,
    string? DateOfBirth,
    string? Phone,
    string? Email,
    string? Street,
    string? HouseNumber,
    string? Postcode,
    string? City,
    string? LicensePlate,
    string? Handle,
    string? Role = null);
