namespace Schakel.Core.Ads;

/// <summary>
/// Title and text of one ad as folded words. Positions refer to <see cref="Original"/>, whose folded
/// form has the same length, so a word's original spelling is always one slice away.
/// </summary>
public sealed class TokenizedText
{
    /// <summary>Token id of the break between title and text: phrases never match across it.</summary>
    public const int Boundary = -2;

    /// <summary>Token id of a word that occurs in no phrase.</summary>
    public const int Unknown = -1;

    internal TokenizedText(Vocabulary vocabulary, string original, char[] folded, int[] starts, int[] lengths, int[] ids, int count)
    {
        Vocabulary = vocabulary;
        Original = original;
        Folded = folded;
        Starts = starts;
        Lengths = lengths;
        Ids = ids;
        Count = count;
    }

    internal Vocabulary Vocabulary { get; }

    public string Original { get; }

    internal char[] Folded { get; }

    internal int[] Starts { get; }

    internal int[] Lengths { get; }

    internal int[] Ids { get; }

    public int Count { get; }

    public ReadOnlySpan<char> FoldedWord(int index) => Folded.AsSpan(Starts[index], Lengths[index]);

    public ReadOnlySpan<char> OriginalWord(int index) => Original.AsSpan(Starts[index], Lengths[index]);

    public bool IsBoundary(int index) => Ids[index] == Boundary;
}
