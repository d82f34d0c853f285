using System.Runtime.CompilerServices;

namespace Schakel.Core.Ads;

/// <summary>
/// Numbers the words that matter to any detector – phrase words, spelled digits, words that open an
/// introduction – so each word of an ad is hashed once and every detector after that compares integers.
/// Its own small open-addressing table rather than a Dictionary: this lookup runs for every word of
/// every ad, and keeping it in plain arrays keeps it cheap from the first call (no generic framework
/// code to warm up). Built once per profile; read-only (and thread-safe) afterwards.
/// </summary>
public sealed class Vocabulary
{
    private const char NoDigit = '\0';

    private string[] _words = new string[64];
    private int[] _slots = NewSlots(256);
    private char[] _digits = new char[64];
    private bool[] _introStarts = new bool[64];

    public Vocabulary()
    {
        foreach (var (word, digit) in ObscuredContactDetector.DigitWords)
        {
            _digits[Add(word)] = digit;
        }
        foreach (var word in NameExtractor.IntroStarts)
        {
            _introStarts[Add(word)] = true;
        }
    }

    public int Count { get; private set; }

    public int Add(string foldedWord)
    {
        var existing = Lookup(foldedWord);
        if (existing >= 0)
        {
            return existing;
        }
        if (Count == _words.Length)
        {
            Array.Resize(ref _words, Count * 2);
            Array.Resize(ref _digits, Count * 2);
            Array.Resize(ref _introStarts, Count * 2);
        }
        var id = Count++;
        _words[id] = foldedWord;
        if (Count * 2 > _slots.Length)
        {
            _slots = NewSlots(_slots.Length * 2);
            for (var i = 0; i < Count; i++)
            {
                Place(i);
            }
        }
        else
        {
            Place(id);
        }
        return id;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Lookup(ReadOnlySpan<char> foldedWord)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)Hash(foldedWord) & mask; ; slot = (slot + 1) & mask)
        {
            var id = _slots[slot];
            if (id < 0)
            {
                return TokenizedText.Unknown;
            }
            if (foldedWord.SequenceEqual(_words[id]))
            {
                return id;
            }
        }
    }

    /// <summary>The digit a spelled number word stands for ("zes" → '6'), or false.</summary>
    internal bool TryGetDigit(int id, out char digit)
    {
        digit = id >= 0 ? _digits[id] : NoDigit;
        return digit != NoDigit;
    }

    internal bool StartsIntroduction(int id) => id >= 0 && _introStarts[id];

    private void Place(int id)
    {
        var mask = _slots.Length - 1;
        var slot = (int)Hash(_words[id]) & mask;
        while (_slots[slot] >= 0)
        {
            slot = (slot + 1) & mask;
        }
        _slots[slot] = id;
    }

    private static int[] NewSlots(int size)
    {
        var slots = new int[size];
        Array.Fill(slots, -1);
        return slots;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var h = 2166136261u;
        foreach (var c in word)
        {
            h = (h ^ c) * 16777619u;
        }
        return h ^ (h >> 15);
    }
}
