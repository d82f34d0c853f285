namespace Schakel.Core.Ads;

/// <summary>
/// Numbers the words that matter to any detector – phrase words, spelled digits, words that open an
/// introduction – so each word of an ad is hashed once and every detector after that compares integers.
/// Built once per profile; read-only (and thread-safe) afterwards.
/// </summary>
public sealed class Vocabulary
{
    private const char NoDigit = '\0';

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<char> _digits = [];
    private readonly List<bool> _introStarts = [];
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Vocabulary()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var (word, digit) in ObscuredContactDetector.DigitWords)
        {
            _digits[Add(word)] = digit;
        }
        foreach (var word in NameExtractor.IntroStarts)
        {
            _introStarts[Add(word)] = true;
        }
    }

    public int Count => _ids.Count;

    public int Add(string foldedWord)
    {
        if (_ids.TryGetValue(foldedWord, out var id))
        {
            return id;
        }
        id = _ids.Count;
        _ids.Add(foldedWord, id);
        _digits.Add(NoDigit);
        _introStarts.Add(false);
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        return id;
    }

    public int Lookup(ReadOnlySpan<char> foldedWord) =>
        _lookup.TryGetValue(foldedWord, out var id) ? id : TokenizedText.Unknown;

    /// <summary>The digit a spelled number word stands for ("zes" → '6'), or false.</summary>
    internal bool TryGetDigit(int id, out char digit)
    {
        digit = id >= 0 ? _digits[id] : NoDigit;
        return digit != NoDigit;
    }

    internal bool StartsIntroduction(int id) => id >= 0 && _introStarts[id];
}
