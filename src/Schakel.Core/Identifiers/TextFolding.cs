using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Schakel.Core.Identifiers;

/// <summary>
/// Lower-casing and diacritic removal so that "Yılmaz", "YILMAZ" and "Yilmaz" compare equal. Two forms: <see cref="Fold"/>
/// for comparing names and addresses (a letter may fold to two, "ß" to "ss"), and <see cref="FoldKeepingPositions"/>
/// for ad text, one character for one so that positions in the folded text are positions in the original (needed to
/// read a name's capital letter back), where everything that is not a letter or digit becomes a space.
/// </summary>
public static class TextFolding
{
    private static readonly string[] Table = BuildTable();
    private const int OneForOneSize = 0x0250;
    private static readonly char[] OneForOne = BuildOneForOne();

    /// <summary>Lower-cases and strips diacritics; characters without a Latin base are kept lower-cased.</summary>
    public static string Fold(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return string.Empty;
        }
        // Every character folds to at most two ("ß" -> "ss").
        Span<char> buf = s.Length <= 256 ? stackalloc char[s.Length * 2] : new char[s.Length * 2];
        var n = 0;
        foreach (var c in s)
        {
            if (c < 128)
            {
                buf[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
            }
            else if (c < Table.Length)
            {
                foreach (var f in Table[c])
                {
                    buf[n++] = f;
                }
            }
            else
            {
                buf[n++] = char.ToLowerInvariant(c);
            }
        }
        return new string(buf[..n]);
    }

    private static string[] BuildTable()
    {
        // Latin-1 and Latin Extended A/B cover the alphabets of the names we see (Turkish, Polish,
        // Romanian, Czech); a few letters have no decomposition and are mapped by hand.
        var table = new string[0x250];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var sb = new StringBuilder();
            foreach (var d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    sb.Append(char.ToLowerInvariant(d));
                }
            }
            var folded = sb.ToString();
            table[i] = folded.Length is 1 or 2 ? folded : char.ToLowerInvariant(c).ToString();
        }
        table['ß'] = "ss";
        table['æ'] = "ae";
        table['Æ'] = "ae";
        table['œ'] = "oe";
        table['Œ'] = "oe";
        table['ø'] = "o";
        table['Ø'] = "o";
        table['ł'] = "l";
        table['Ł'] = "l";
        table['đ'] = "d";
        table['Đ'] = "d";
        table['ð'] = "d";
        table['Ð'] = "d";
        table['þ'] = "th";
        table['Þ'] = "th";
        table['ı'] = "i";
        table[0xA0] = " ";
        return table;
    }

    /// <summary>One character folded: lower case without diacritics; a space for anything but a letter or digit.</summary>
    public static char FoldChar(char c)
    {
        if (c < OneForOneSize)
        {
            return OneForOne[c];
        }
        return char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/> of the same length, character by character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void FoldKeepingPositions(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (var i = 0; i < source.Length; i++)
        {
            destination[i] = FoldChar(source[i]);
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
            var f = FoldChar(c);
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

    private static char[] BuildOneForOne()
    {
        var table = new char[OneForOneSize];
        for (var i = 0; i < OneForOneSize; i++)
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
}
