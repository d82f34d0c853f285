namespace Schakel.Core.Ads;

/// <summary>
/// Numbers the words that occur in any phrase, so matching compares integers and a word that is in no
/// phrase costs one failed lookup. Built once per profile; read-only (and thread-safe) afterwards.
/// </summary>
public sealed class Vocabulary
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Vocabulary()
    {
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
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
        _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        return id;
    }

    public int Lookup(ReadOnlySpan<char> foldedWord) =>
        _lookup.TryGetValue(foldedWord, out var id) ? id : TokenizedText.Unknown;
}
