namespace Schakel.Core.Linking;

/// <summary>
/// Identity or relation. A pair that shares an identifier (phone, e-mail, handle, plate, address) but is not proposed as
/// one person, or that is a victim and a suspect, is a relation: the network counts it, the person count does not.
/// </summary>
public static class LinkClassifier
{
    /// <summary>The identifiers that tie two persons together without saying they are one.</summary>
    public const MatchReason SharedIdentifiers = MatchReason.Phone | MatchReason.Email | MatchReason.Handle
        | MatchReason.LicensePlate | MatchReason.Address;

    /// <param name="namesDiffer">Both names are known and have nothing in common.</param>
    public static LinkKind Classify(double identityScore, MatchReason reasons, PersonRole a, PersonRole b, bool namesDiffer = false)
    {
        if (PersonRoles.Conflict(a, b))
        {
            return LinkKind.Related;
        }
        if (namesDiffer && (reasons & SharedIdentifiers) != 0)
        {
            // "Lisa" and "Mo" sharing a phone and a car: however strong the shared identifiers, two names that have
            // nothing in common are two persons in one network.
            return LinkKind.Related;
        }
        if (identityScore >= CandidateLink.ProposalThreshold)
        {
            return LinkKind.SamePerson;
        }
        return (reasons & SharedIdentifiers) != 0 ? LinkKind.Related : LinkKind.SamePerson;
    }

    /// <summary>True when the pair is worth keeping: a relation always, an identity candidate from its minimum score.</summary>
    public static bool Keep(LinkKind kind, double identityScore, MatchReason reasons, double minScore) =>
        kind == LinkKind.Related ? (reasons & SharedIdentifiers) != 0 : identityScore >= minScore;
}
