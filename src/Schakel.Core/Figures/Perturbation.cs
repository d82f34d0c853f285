namespace Schakel.Core.Figures;

/// <summary>
/// The fixed perturbation table of the cell-key method: the cell key picks one of 32 noise values. Counts of 0 to 4
/// are not published at all ("&lt;5"); from 5 up the published value is the count plus the noise, never below 5 and
/// never more than <see cref="MaxNoise"/> away from the count. Near the threshold the table only adds, so a published
/// 5 or 6 never stands for a count below 5. The noise is zero on average from 7 up (variance 38/32, about 1.2).
/// </summary>
public static class Perturbation
{
    public const int MaxNoise = 2;

    private static readonly int[] AtFive = Spread((0, 18), (1, 9), (2, 5));
    private static readonly int[] AtSix = Spread((-1, 6), (0, 14), (1, 8), (2, 4));
    private static readonly int[] FromSeven = Spread((-2, 3), (-1, 7), (0, 12), (1, 7), (2, 3));

    /// <summary>The noise for a count of at least the threshold; the top five bits of the key choose the entry.</summary>
    public static int Noise(uint cellKey, int count)
    {
        var table = count switch { 5 => AtFive, 6 => AtSix, _ => FromSeven };
        return count < Disclosure.Threshold ? 0 : table[cellKey >> 27];
    }

    /// <summary>The published value, or null for a count below the threshold (shown as "&lt;5", zero included).</summary>
    public static int? Publish(int count, uint cellKey) =>
        count < Disclosure.Threshold ? null : count + Noise(cellKey, count);

    private static int[] Spread(params (int Noise, int Times)[] entries)
    {
        var table = entries.SelectMany(e => Enumerable.Repeat(e.Noise, e.Times)).ToArray();
        return table.Length == 32 ? table : throw new InvalidOperationException("A perturbation table has 32 entries.");
    }
}
