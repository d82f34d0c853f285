using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Schakel.Testing;

/// <summary>
/// The CSS a page links (with its imports) and the font files that CSS makes a browser load for Dutch text, each with
/// its size after gzip: what a first visit downloads before the page can be drawn in its own look.
/// </summary>
public static partial class PageWeight
{
    public sealed record Asset(string Url, long Bytes, long Gzip);

    public static async Task<List<Asset>> CssAndFontsAsync(HttpClient client, string pageUrl, string html)
    {
        var assets = new List<Asset>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Uri>(StylesheetLinks().Matches(html).Select(m => Absolute(client, pageUrl, m.Groups["href"].Value)));
        while (pending.TryDequeue(out var css))
        {
            if (!seen.Add(css.AbsolutePath))
            {
                continue;
            }
            var bytes = await client.GetByteArrayAsync(css);
            assets.Add(new(css.AbsolutePath, bytes.Length, Gzip(bytes)));
            var text = System.Text.Encoding.UTF8.GetString(bytes);
            foreach (Match import in Imports().Matches(text))
            {
                pending.Enqueue(new Uri(css, import.Groups["url"].Value));
            }
            foreach (Match face in FontFaces().Matches(text))
            {
                // A browser takes the first source it supports (woff2 first) and only for faces whose range the text uses.
                if (LatinText(face.Value) && FirstUrl().Match(face.Value) is { Success: true } url && seen.Add(new Uri(css, url.Groups["url"].Value).AbsolutePath))
                {
                    var font = new Uri(css, url.Groups["url"].Value);
                    var data = await client.GetByteArrayAsync(font);
                    assets.Add(new(font.AbsolutePath, data.Length, Gzip(data)));
                }
            }
        }
        return assets;
    }

    private static Uri Absolute(HttpClient client, string pageUrl, string href) =>
        new(new Uri(client.BaseAddress ?? new Uri("http://localhost"), pageUrl), System.Net.WebUtility.HtmlDecode(href));

    /// <summary>Does the face cover basic Latin (the letter A), as Dutch text needs? A face without a range covers all.</summary>
    private static bool LatinText(string face)
    {
        var range = UnicodeRange().Match(face);
        if (!range.Success)
        {
            return true;
        }
        foreach (var part in range.Groups["ranges"].Value.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = part.TrimStart('U', 'u', '+').Split('-');
            var low = Convert.ToInt32(bounds[0].Replace('?', '0'), 16);
            var high = bounds.Length > 1 ? Convert.ToInt32(bounds[1], 16) : Convert.ToInt32(bounds[0].Replace('?', 'F'), 16);
            if (low <= 'A' && 'A' <= high)
            {
                return true;
            }
        }
        return false;
    }

    private static long Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(data);
        }
        return output.Length;
    }

    [GeneratedRegex("""<link\b(?=[^>]*\brel="stylesheet")[^>]*\bhref="(?<href>[^"]+)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex StylesheetLinks();

    [GeneratedRegex("""@import\s+(?:url\()?["']?(?<url>[^"')\s;]+)["']?\)?""")]
    private static partial Regex Imports();

    [GeneratedRegex("@font-face\\s*\\{[^}]*\\}")]
    private static partial Regex FontFaces();

    [GeneratedRegex("""url\(\s*["']?(?<url>[^"')]+)["']?\s*\)""")]
    private static partial Regex FirstUrl();

    [GeneratedRegex("unicode-range\\s*:\\s*(?<ranges>[^;}]+)")]
    private static partial Regex UnicodeRange();
}
