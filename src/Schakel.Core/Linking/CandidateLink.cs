namespace Schakel.Core.Linking;

/// <summary>A scored pair of distinct subjects; <see cref="A"/> sorts before <see cref="B"/> (ordinal).</summary>
public sealed record CandidateLink(string A, string B, double Score, IReadOnlyList<string> Reasons)
{
    /// <summary>Scores at or above this are proposed links; below it a pair is only a candidate.</summary>
    public const double ProposalThreshold = 0.5;

    public bool IsProposed => Score >= ProposalThreshold;
}
