using System.Runtime.CompilerServices;
using Schakel.Core.Identifiers;

namespace Schakel.Core.Ads;

/// <summary>
/// Turns an analyst's CSV of ads into <see cref="Ad"/>s and a list of per-line problems.
/// Policy: a line that cannot be an ad (unreadable CSV, wrong column count, invalid text encoding, no
/// ad_id, an ad_id repeated with different content) is rejected; a single impossible field (negative
/// price, age 3, date in the future, unreadable phone) is ignored with a warning and the ad is kept,
/// because its other fields still link and score. An exact repeat of an ad is dropped silently.
/// </summary>
public static class AdCsvImporter
{
    public static readonly IReadOnlyList<string> Columns =
        ["ad_id", "posted_at", "city", "phone", "handle", "title", "text", "price", "age_claimed", "photo_hash"];

    private const int AdIdColumn = 0;

    public static AdImportResult Import(TextReader reader, DateTime nowUtc) => Import(reader.ReadToEnd(), nowUtc);

    public static AdImportResult Import(string csv, DateTime nowUtc)
    {
        using var records = new CsvRecordReader(csv).ReadAll().GetEnumerator();
        if (!records.MoveNext())
        {
            return new AdImportResult { FatalError = "het bestand is leeg; verwacht een kopregel met " + string.Join(",", Columns) };
        }
        var header = records.Current;
        var (map, headerError) = MapHeader(header);
        if (headerError is not null)
        {
            return new AdImportResult { FatalError = $"kopregel (regel {header.Line}) onbruikbaar: {headerError}" };
        }

        var issues = new List<ImportIssue>();
        var rows = new List<(int Line, string[] Values)>();
        while (records.MoveNext())
        {
            var record = records.Current;
            var values = ReadRow(record, map!, header.Fields.Count, issues);
            if (values is not null)
            {
                rows.Add((record.Line, values));
            }
        }

        var (unique, dropped) = RemoveDuplicates(rows, issues);

        // Field parsing is pure per row, so rows are parsed in parallel and their warnings merged in order.
        var ads = new Ad[unique.Count];
        var warnings = new List<ImportIssue>?[unique.Count];
        Parallel.For(0, unique.Count, i =>
        {
            var rowIssues = new List<ImportIssue>();
            ads[i] = ToAd(unique[i].Line, unique[i].Values, nowUtc, rowIssues);
            warnings[i] = rowIssues.Count > 0 ? rowIssues : null;
        });
        foreach (var rowIssues in warnings)
        {
            if (rowIssues is not null)
            {
                issues.AddRange(rowIssues);
            }
        }
        // Stable sort: several warnings on one line keep their column order.
        var sorted = issues.OrderBy(issue => issue.Line).ToList();
        return new AdImportResult { Ads = ads, Lines = unique.Select(u => u.Line).ToList(), Issues = sorted, DuplicatesDropped = dropped };
    }

    private static (int[]? Map, string? Error) MapHeader(CsvRecord header)
    {
        if (header.Error is not null)
        {
            return (null, header.Error);
        }
        var names = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var duplicate = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1 && g.Key.Length > 0);
        if (duplicate is not null)
        {
            return (null, $"kolom '{duplicate.Key}' komt twee keer voor");
        }
        var map = new int[Columns.Count];
        var missing = new List<string>();
        for (var c = 0; c < Columns.Count; c++)
        {
            map[c] = names.IndexOf(Columns[c]);
            if (map[c] < 0)
            {
                missing.Add(Columns[c]);
            }
        }
        return missing.Count > 0 ? (null, "ontbrekende kolommen: " + string.Join(", ", missing)) : (map, null);
    }

    /// <summary>Values in contract column order, or null when the line is rejected.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string[]? ReadRow(CsvRecord record, int[] map, int width, List<ImportIssue> issues)
    {
        var adId = map[AdIdColumn] < record.Fields.Count ? record.Fields[map[AdIdColumn]].Trim() : null;
        if (record.Error is not null)
        {
            issues.Add(new ImportIssue(record.Line, adId, ImportIssueKind.Rejected, "ongeldige CSV: " + record.Error));
            return null;
        }
        if (record.Fields.Count != width)
        {
            issues.Add(new ImportIssue(record.Line, adId, ImportIssueKind.Rejected,
                $"verkeerd aantal kolommen: {record.Fields.Count} in plaats van {width}"));
            return null;
        }
        foreach (var field in record.Fields)
        {
            if (field.Contains('\uFFFD') || field.Contains('\0'))
            {
                issues.Add(new ImportIssue(record.Line, adId, ImportIssueKind.Rejected,
                    "tekst is geen geldige UTF-8 (onleesbare tekens); sla het bestand op als UTF-8"));
                return null;
            }
        }
        if (string.IsNullOrEmpty(adId))
        {
            issues.Add(new ImportIssue(record.Line, null, ImportIssueKind.Rejected, "ad_id is leeg"));
            return null;
        }
        var values = new string[map.Length];
        for (var c = 0; c < map.Length; c++)
        {
            values[c] = record.Fields[map[c]].Trim();
        }
        return values;
    }

    /// <summary>
    /// When one ad_id carries different contents, every version is rejected: keeping "the first" would make
    /// the outcome depend on line order, and there is no way to tell which version is right.
    /// </summary>
    internal static (List<(int Line, string[] Values)> Unique, int Dropped) RemoveDuplicates(
        List<(int Line, string[] Values)> rows, List<ImportIssue> issues)
    {
        var unique = new List<(int Line, string[] Values)>(rows.Count);
        var dropped = 0;
        foreach (var group in rows.GroupBy(r => r.Values[AdIdColumn], StringComparer.Ordinal))
        {
            var versions = group.ToList();
            if (versions.Count == 1)
            {
                unique.Add(versions[0]);
                continue;
            }
            if (versions.All(v => v.Values.AsSpan().SequenceEqual(versions[0].Values)))
            {
                unique.Add(versions[0]);
                dropped += versions.Count - 1;
                continue;
            }
            foreach (var version in versions)
            {
                var others = string.Join(", ", versions.Where(v => v.Line != version.Line).Select(v => v.Line));
                issues.Add(new ImportIssue(version.Line, group.Key, ImportIssueKind.Rejected,
                    $"ad_id komt ook voor op regel {others} met andere inhoud"));
            }
        }
        return (unique, dropped);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static Ad ToAd(int line, string[] v, DateTime nowUtc, List<ImportIssue> issues)
    {
        var adId = v[AdIdColumn];
        ParseOutcome<T> Report<T>(ParseOutcome<T> outcome, string column)
        {
            if (outcome.Problem is not null)
            {
                issues.Add(new ImportIssue(line, adId, ImportIssueKind.FieldIgnored, $"{column}: {outcome.Problem}"));
            }
            return outcome;
        }

        var city = v[2].Length > 0 ? v[2] : null;
        return new Ad
        {
            AdId = adId,
            PostedAt = OrNull(Report(PostedAtParser.Parse(v[1], nowUtc), "posted_at")),
            City = city,
            Phone = OrNull(Report(ParseOutcome.From(PhoneNormalizer.Normalize(v[3], out var phoneProblem), phoneProblem), "phone")),
            Handle = OrNull(Report(ParseOutcome.From(HandleNormalizer.Normalize(v[4], out var handleProblem), handleProblem), "handle")),
            Title = v[5],
            Text = v[6],
            Price = OrNull(Report(PriceParser.Parse(v[7]), "price")),
            AgeClaimed = OrNull(Report(AgeParser.Parse(v[8]), "age_claimed")),
            PhotoHash = v[9].Length > 0 ? v[9].ToLowerInvariant() : null,
        };
    }

    private static T? OrNull<T>(ParseOutcome<T> outcome) where T : struct => outcome.HasValue ? outcome.Value : null;

    private static string? OrNull(ParseOutcome<string> outcome) => outcome.HasValue ? outcome.Value : null;
}
