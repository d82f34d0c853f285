namespace Schakel.Core.Ads;

/// <summary>
/// Combines indicator weights as a noisy-OR: score = 1 − Π(1 − wᵢ). Each weight reads as "the chance this
/// indicator alone warrants review"; the score stays in [0,1], rises with every extra indicator, never
/// exceeds 1 and does not depend on the order in which indicators fired. A logistic model would need
/// labelled outcomes to fit, which do not exist yet.
/// </summary>
public static class RiskCombiner
{
    public const int Decimals = 4;

    public static double Combine(IEnumerable<double> weights)
    {
        var keep = 1.0;
        foreach (var w in weights)
        {
            keep *= 1.0 - Math.Clamp(w, 0.0, 1.0);
        }
        return Math.Round(1.0 - keep, Decimals, MidpointRounding.AwayFromZero);
    }
}
