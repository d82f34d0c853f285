using Schakel.Core.Linking;

namespace Schakel.Testing.Linking;

/// <summary>Precision, recall and F1 of proposed links against known true pairs.</summary>
public sealed record LinkQuality(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static LinkQuality Evaluate(IReadOnlyList<CandidateLink> links, IReadOnlySet<(string A, string B)> truth, double threshold = CandidateLink.ProposalThreshold)
    {
        int tp = 0, fp = 0;
        foreach (var l in links)
        {
            if (l.Score < threshold || l.Kind != LinkKind.SamePerson)
            {
                continue;
            }
            if (truth.Contains((l.A, l.B)))
            {
                tp++;
            }
            else
            {
                fp++;
            }
        }
        return new LinkQuality(tp, fp, truth.Count - tp);
    }

    /// <summary>Share of the true pairs that became candidates at all (blocking's pair completeness).</summary>
    public static double PairCompleteness(IReadOnlyList<CandidateLink> allScored, IReadOnlySet<(string A, string B)> truth)
    {
        if (truth.Count == 0)
        {
            return 1;
        }
        var found = 0;
        foreach (var l in allScored)
        {
            if (truth.Contains((l.A, l.B)))
            {
                found++;
            }
        }
        return (double)found / truth.Count;
    }
}
