using System.Globalization;
using System.Text;

namespace Schakel.Core.Identifiers;

/// <summary>Lower-casing and diacritic removal so that "Yılmaz", "YILMAZ" and "Yilmaz" compare equal.</summary>
public static class TextFolding
{
    private static readonly string[] Table = BuildTable();

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
}
