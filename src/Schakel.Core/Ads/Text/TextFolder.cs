using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Schakel.Core.Ads;

/// <summary>
/// Folds text to lower case without diacritics, one character for one character, so that positions in
/// the folded text are positions in the original (needed to read a name's capital letter back).
/// Everything that is not a letter or digit becomes a space: emoji and punctuation separate words.
/// </summary>
public static class TextFolder
{
    private const int TableSize = 0x0250;
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            if (!char.IsLetterOrDigit(c))
            {
                table[i] = ' ';
                continue;
            }
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed[0];
            table[i] = char.ToLowerInvariant(CharUnicodeInfo.GetUnicodeCategory(baseChar) == UnicodeCategory.NonSpacingMark ? c : baseChar);
        }
        table['ß'] = 's';
        table['ø'] = 'o';
        table['Ø'] = 'o';
        table['ł'] = 'l';
        table['Ł'] = 'l';
        return table;
    }

    public static char Fold(char c)
    {
        if (c < TableSize)
        {
            return Table[c];
        }
        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = Fold(source[i]);
        }
    }

    /// <summary>Folded words joined by single spaces: the comparison form of short values (cities, phrases).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string FoldToWords(string value)
    {
        var sb = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            var f = Fold(c);
            if (f == ' ')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(f);
        }
        return sb.ToString();
    }
}
