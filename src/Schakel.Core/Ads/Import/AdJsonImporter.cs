using System.Text.Json;

namespace Schakel.Core.Ads;

/// <summary>
/// Reads ads from JSON with the same fields and the same policy as <see cref="AdCsvImporter"/>: either an array of
/// objects or an object with an "ads" array. Every object is one "line" of the report, numbered from 1 in file order.
/// A value may be a string, a number or null; an object or array in a field rejects that ad. Unknown properties are
/// ignored, as extra CSV columns are.
/// </summary>
public static class AdJsonImporter
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    public static AdImportResult Import(string json, DateTime nowUtc)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (regel {line + 1})" : "";
            return new AdImportResult { FatalError = $"het bestand is geen geldige JSON{where}" };
        }
        using (document)
        {
            var items = Items(document.RootElement);
            if (items is null)
            {
                return new AdImportResult { FatalError = "verwacht een lijst met advertenties, of een object met een lijst \"ads\"" };
            }
            var issues = new List<ImportIssue>();
            var rows = new List<(int Line, string[] Values)>();
            var number = 0;
            foreach (var item in items)
            {
                number++;
                if (ReadItem(number, item, issues) is { } values)
                {
                    rows.Add((number, values));
                }
            }
            var (unique, dropped) = AdCsvImporter.RemoveDuplicates(rows, issues);
            var ads = new List<Ad>(unique.Count);
            foreach (var (line, values) in unique)
            {
                ads.Add(AdCsvImporter.ToAd(line, values, nowUtc, issues));
            }
            return new AdImportResult { Ads = ads, Lines = unique.Select(u => u.Line).ToList(), Issues = issues.OrderBy(i => i.Line).ToList(), DuplicatesDropped = dropped };
        }
    }

    private static IEnumerable<JsonElement>? Items(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            return root.EnumerateArray().ToList();
        }
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("ads", out var ads) && ads.ValueKind == JsonValueKind.Array)
        {
            return ads.EnumerateArray().ToList();
        }
        return null;
    }

    /// <summary>Values in contract column order, or null when the item is rejected.</summary>
    private static string[]? ReadItem(int number, JsonElement item, List<ImportIssue> issues)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            issues.Add(new ImportIssue(number, null, ImportIssueKind.Rejected, "geen object met advertentievelden"));
            return null;
        }
        var values = new string[AdCsvImporter.Columns.Count];
        var adId = item.TryGetProperty("ad_id", out var idElement) ? Text(idElement) : null;
        for (var c = 0; c < values.Length; c++)
        {
            var column = AdCsvImporter.Columns[c];
            if (!item.TryGetProperty(column, out var value))
            {
                values[c] = "";
                continue;
            }
            var text = Text(value);
            if (text is null)
            {
                issues.Add(new ImportIssue(number, adId?.Trim(), ImportIssueKind.Rejected, $"{column}: verwacht tekst of een getal"));
                return null;
            }
            if (text.Contains('\uFFFD') || text.Contains('\0'))
            {
                issues.Add(new ImportIssue(number, adId?.Trim(), ImportIssueKind.Rejected,
                    "tekst is geen geldige UTF-8 (onleesbare tekens); sla het bestand op als UTF-8"));
                return null;
            }
            values[c] = text.Trim();
        }
        if (values[0].Length == 0)
        {
            issues.Add(new ImportIssue(number, null, ImportIssueKind.Rejected, "ad_id is leeg"));
            return null;
        }
        return values;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Null => "",
        JsonValueKind.True or JsonValueKind.False => null,
        _ => null,
    };

    /// <summary>Chooses the reader by content: JSON starts with '[' or '{', anything else is read as CSV.</summary>
    public static bool LooksLikeJson(string content)
    {
        foreach (var c in content)
        {
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                continue;
            }
            return c is '[' or '{';
        }
        return false;
    }
}
