using System.Globalization;
using System.Text;

namespace Schakel.Core.Linking.Normalization;

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
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c < 128)
            {
                sb.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
            }
            else if (c < Table.Length)
            {
                sb.Append(Table[c]);
            }
            else
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }
        return sb.ToString();
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
            table[i] = sb.ToString();
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
