namespace Schakel.Core.Linking;

/// <summary>The outcome of comparing two subjects under a model.</summary>
public readonly record struct PairScore(double LogOdds, MatchReason Reasons, LinkKind Kind = LinkKind.SamePerson)
{
    public double Score => LinkModel.ToScore(LogOdds);
}
