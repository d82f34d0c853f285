using System.Runtime.CompilerServices;
using Schakel.Core.Identifiers;
namespace Schakel.Core.Ads;

/// <summary>
/// Finds phrases ("zonder condoom", "24/7", "new in town") in tokenized text on word boundaries, so
/// "ao" matches the abbreviation but not "chaos". Each phrase belongs to one indicator slot; the result
/// is a bit set of slots that matched.
/// </summary>
public sealed class PhraseLexicon
{
    private readonly Vocabulary _vocabulary;
    // Indexed by the phrase's first word id; word ids are dense, so an array beats a dictionary here.
    private List<(int[] Words, int Slot)>?[] _byFirstWord = [];

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
        var words = TextFolding.FoldToWords(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }
        var ids = words.Select(_vocabulary.Add).ToArray();
        if (_byFirstWord.Length < _vocabulary.Count)
        {
            Array.Resize(ref _byFirstWord, _vocabulary.Count * 2);
        }
        (_byFirstWord[ids[0]] ??= []).Add((ids, slot));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ulong Match(TokenizedText text)
    {
        ulong found = 0;
        var ids = text.Ids;
        for (var i = 0; i < text.Count; i++)
        {
            if (ids[i] < 0 || ids[i] >= _byFirstWord.Length || _byFirstWord[ids[i]] is not { } candidates)
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
