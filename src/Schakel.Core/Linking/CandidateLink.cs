namespace Schakel.Core.Linking;

/// <summary>
/// A scored pair of distinct subjects; <see cref="A"/> sorts before <see cref="B"/> (ordinal). <see cref="Score"/> is the
/// probability that both are one person; a <see cref="LinkKind.Related"/> pair is two persons sharing an identifier.
/// </summary>
public sealed record CandidateLink(string A, string B, double Score, IReadOnlyList<string> Reasons, LinkKind Kind = LinkKind.SamePerson)
{
    /// <summary>Scores at or above this are proposed links; below it a pair is only a candidate.</summary>
    public const double ProposalThreshold = 0.5;

    /// <summary>Proposed as one person: same-person kind and a score at or above the threshold.</summary>
    public bool IsProposed => Kind == LinkKind.SamePerson && Score >= ProposalThreshold;
}
