using System.Runtime.CompilerServices;
namespace Schakel.Core.Ads;

/// <summary>
/// Finds phrases ("zonder condoom", "24/7", "new in town") in tokenized text on word boundaries, so
/// "ao" matches the abbreviation but not "chaos". Each phrase belongs to one indicator slot; the result
/// is a bit set of slots that matched.
/// </summary>
public sealed class PhraseLexicon
{
    private readonly Vocabulary _vocabulary;
    private readonly Dictionary<int, List<(int[] Words, int Slot)>> _byFirstWord = [];

    public PhraseLexicon(Vocabulary vocabulary)
    {
        _vocabulary = vocabulary;
    }

    public void Add(string phrase, int slot)
    {
        if (slot is < 0 or > 63)
        {
            throw new ArgumentOutOfRangeException(nameof(slot), "At most 64 indicators are supported.");
        }
        var words = TextFolder.FoldToWords(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }
        var ids = words.Select(_vocabulary.Add).ToArray();
        if (!_byFirstWord.TryGetValue(ids[0], out var list))
        {
            list = [];
            _byFirstWord[ids[0]] = list;
        }
        list.Add((ids, slot));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ulong Match(TokenizedText text)
    {
        ulong found = 0;
        var ids = text.Ids;
        for (var i = 0; i < text.Count; i++)
        {
            if (ids[i] < 0 || !_byFirstWord.TryGetValue(ids[i], out var candidates))
            {
                continue;
            }
            foreach (var (words, slot) in candidates)
            {
                if (i + words.Length > text.Count)
                {
                    continue;
                }
                var all = true;
                for (var k = 1; k < words.Length && all; k++)
                {
                    all = ids[i + k] == words[k];
                }
                if (all)
                {
                    found |= 1UL << slot;
                }
            }
        }
        return found;
    }
}
