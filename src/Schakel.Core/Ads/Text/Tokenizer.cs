using System.Runtime.CompilerServices;
using Schakel.Core.Identifiers;
namespace Schakel.Core.Ads;

/// <summary>Splits an ad's title and text into folded words and looks each word up once.</summary>
public static class Tokenizer
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static TokenizedText Tokenize(string title, string text, Vocabulary vocabulary)
    {
        var original = string.Concat(title, "\n", text);
        var folded = new char[original.Length];
        TextFolding.FoldKeepingPositions(original, folded);

        // Words average five letters; arrays grow in the rare text made of one-letter words.
        var capacity = (original.Length / 5) + 8;
        var starts = new int[capacity];
        var lengths = new int[capacity];
        var ids = new int[capacity];
        var count = 0;
        var boundaryAt = title.Length;
        var boundaryWritten = false;

        var i = 0;
        while (i < folded.Length)
        {
            if (count + 2 > starts.Length)
            {
                Array.Resize(ref starts, starts.Length * 2);
                Array.Resize(ref lengths, lengths.Length * 2);
                Array.Resize(ref ids, ids.Length * 2);
            }
            if (!boundaryWritten && i >= boundaryAt)
            {
                starts[count] = boundaryAt;
                lengths[count] = 0;
                ids[count++] = TokenizedText.Boundary;
                boundaryWritten = true;
            }
            if (folded[i] == ' ')
            {
                i++;
                continue;
            }
            var start = i;
            while (i < folded.Length && folded[i] != ' ')
            {
                i++;
            }
            starts[count] = start;
            lengths[count] = i - start;
            ids[count++] = vocabulary.Lookup(folded.AsSpan(start, i - start));
        }
        return new TokenizedText(vocabulary, original, folded, starts, lengths, ids, count);
    }
}
