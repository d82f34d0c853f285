using System.Runtime.CompilerServices;
namespace Schakel.Core.Ads;

/// <summary>
/// Detects phone numbers written to slip past filters: spelled out ("nul zes", "zero six"), letters for
/// digits ("o6"), or digits split one by one ("0 6 1 2 3 4 5 6 7 8"). US research (NIJ) found an
/// obscured number predictive of trafficking; a plainly written number is not obscured.
/// </summary>
public static class ObscuredContactDetector
{
    internal static readonly Dictionary<string, char> DigitWords = new(StringComparer.Ordinal)
    {
        ["nul"] = '0', ["een"] = '1', ["twee"] = '2', ["drie"] = '3', ["vier"] = '4', ["vijf"] = '5',
        ["zes"] = '6', ["zeven"] = '7', ["acht"] = '8', ["negen"] = '9',
        ["zero"] = '0', ["oh"] = '0', ["one"] = '1', ["two"] = '2', ["three"] = '3', ["four"] = '4',
        ["five"] = '5', ["six"] = '6', ["seven"] = '7', ["eight"] = '8', ["nine"] = '9',
    };

    private const int MinSpelledWordsForLongNumber = 3;
    private const int MinLongNumberDigits = 8;
    private const int MinSplitSingleDigits = 6;
    private const int MinSplitNumberDigits = 9;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Detect(TokenizedText text)
    {
        Span<char> digits = stackalloc char[64];
        Span<bool> disguised = stackalloc bool[64];
        var i = 0;
        while (i < text.Count)
        {
            var length = 0;
            var words = 0;
            var singles = 0;
            while (i < text.Count && length < digits.Length - 16 && TryRead(text, i, digits[length..], out var written, out var kind))
            {
                disguised.Slice(length, written).Fill(kind != TokenKind.Digits);
                if (kind == TokenKind.Word)
                {
                    words++;
                }
                if (kind == TokenKind.Digits && written == 1)
                {
                    singles++;
                }
                length += written;
                i++;
            }
            if (length > 0 && Suspicious(digits[..length], disguised[..length], words, singles))
            {
                return true;
            }
            i++;
        }
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Suspicious(ReadOnlySpan<char> digits, ReadOnlySpan<bool> disguised, int words, int singles)
    {
        // A disguised "06" is the opening of a Dutch mobile number.
        for (var k = 0; k + 1 < digits.Length; k++)
        {
            if (digits[k] == '0' && digits[k + 1] == '6' && (disguised[k] || disguised[k + 1]))
            {
                return true;
            }
        }
        if (words >= MinSpelledWordsForLongNumber && digits.Length >= MinLongNumberDigits)
        {
            return true;
        }
        return singles >= MinSplitSingleDigits && digits.Length >= MinSplitNumberDigits;
    }

    private enum TokenKind
    {
        Digits,
        Word,
        LookAlike,
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryRead(TokenizedText text, int index, Span<char> destination, out int written, out TokenKind kind)
    {
        written = 0;
        kind = TokenKind.Digits;
        if (text.IsBoundary(index))
        {
            return false;
        }
        if (text.Vocabulary.TryGetDigit(text.Ids[index], out var digit))
        {
            destination[0] = digit;
            written = 1;
            kind = TokenKind.Word;
            return true;
        }
        var word = text.FoldedWord(index);
        if (word.Length > 16)
        {
            return false;
        }
        var hasDigit = false;
        var hasLetter = false;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                hasDigit = true;
            }
            else if (c is 'o' or 'l' or 'i')
            {
                hasLetter = true;
            }
            else
            {
                return false;
            }
        }
        if (!hasDigit)
        {
            return false;
        }
        for (var k = 0; k < word.Length; k++)
        {
            destination[k] = word[k] switch { 'o' => '0', 'l' or 'i' => '1', var c => c };
        }
        written = word.Length;
        kind = hasLetter ? TokenKind.LookAlike : TokenKind.Digits;
        return true;
    }
}
