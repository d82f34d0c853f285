using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Ads;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Ads.Contracts;

public sealed record ImportReportLine(int? Line, string? AdId, string Kind, string Message);

public sealed record ImportReport(string? FatalError, int Imported, int Duplicates, int Rejected, int FieldWarnings, IReadOnlyList<ImportReportLine> Lines)
{
    public static ImportReport Fatal(string message) => new(message, 0, 0, 0, 0, []);
}

/// <summary>
/// Imports an analyst's file of ads into the stored set and rescores the whole set, in one transaction: a file either
/// lands completely (minus its rejected lines) or not at all. The engine is the one of <c>schakel ads score</c>.
/// </summary>
public sealed class AdScreening(SchakelDb db, AuditLog audit, TimeProvider clock, ILogger<AdScreening> logger)
{
    public const int MaxFileBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public async Task<ImportReport> ImportAsync(byte[] content, string fileName, string? userId, CancellationToken ct)
    {
        var text = Decode(content);
        var nowUtc = clock.GetUtcNow().UtcDateTime;
        var isJson = fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || AdJsonImporter.LooksLikeJson(text);
        var parsed = isJson ? AdJsonImporter.Import(text, nowUtc) : AdCsvImporter.Import(text, nowUtc);
        if (parsed.FatalError is { } fatal)
        {
            return ImportReport.Fatal(fatal);
        }

        var lines = parsed.Issues.Select(i => new ImportReportLine(i.Line, i.AdId,
            i.Kind == ImportIssueKind.Rejected ? "afgewezen" : "veld genegeerd", i.Message)).ToList();
        var rejected = parsed.Issues.Where(i => i.Kind == ImportIssueKind.Rejected).Select(i => i.Line).Distinct().Count();
        var warnings = parsed.Issues.Count(i => i.Kind == ImportIssueKind.FieldIgnored);
        var duplicates = parsed.DuplicatesDropped;

        var keyed = parsed.Ads.Select((a, i) => (Ad: a, Key: AdDedupeKey.For(a), Line: i < parsed.Lines.Count ? parsed.Lines[i] : (int?)null)).ToList();
        var ids = keyed.Select(k => k.Ad.AdId).ToList();
        var keys = keyed.Select(k => k.Key).ToList();
        var existingById = new Dictionary<string, string>(StringComparer.Ordinal);
        var existingKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            var list = chunk.ToList();
            foreach (var row in await db.Set<StoredAd>().Where(a => list.Contains(a.AdId)).Select(a => new { a.AdId, a.DedupeKey }).ToListAsync(ct))
            {
                existingById[row.AdId] = row.DedupeKey;
            }
        }
        foreach (var chunk in keys.Chunk(500))
        {
            var list = chunk.ToList();
            foreach (var row in await db.Set<StoredAd>().Where(a => list.Contains(a.DedupeKey)).Select(a => new { a.AdId, a.DedupeKey }).ToListAsync(ct))
            {
                existingKeys[row.DedupeKey] = row.AdId;
            }
        }

        var batch = new AdImportBatch { At = clock.GetUtcNow(), UserId = userId, FileName = Shorten(Path.GetFileName(fileName), 300) ?? "" };
        var toStore = new List<StoredAd>();
        foreach (var (ad, key, line) in keyed)
        {
            if (ad.AdId.Length > 200)
            {
                rejected++;
                lines.Add(new ImportReportLine(line, ad.AdId[..40] + "…", "afgewezen", "ad_id is langer dan 200 tekens"));
                continue;
            }
            if (existingById.TryGetValue(ad.AdId, out var storedKey))
            {
                if (storedKey == key)
                {
                    duplicates++;
                    lines.Add(new ImportReportLine(line, ad.AdId, "dubbel", "al eerder geïmporteerd"));
                }
                else
                {
                    rejected++;
                    lines.Add(new ImportReportLine(line, ad.AdId, "afgewezen", "ad_id is eerder geïmporteerd met andere inhoud; geef deze advertentie een eigen ad_id"));
                }
                continue;
            }
            if (existingKeys.TryGetValue(key, out var sameAs))
            {
                duplicates++;
                lines.Add(new ImportReportLine(line, ad.AdId, "dubbel", $"zelfde advertentie als ad_id {sameAs}"));
                continue;
            }
            existingKeys[key] = ad.AdId;
            toStore.Add(new StoredAd
            {
                AdId = ad.AdId, DedupeKey = key, PostedAt = ad.PostedAt, City = Shorten(ad.City, 200), Phone = ad.Phone,
                Handle = Shorten(ad.Handle, 200), Title = Shorten(ad.Title, 1000) ?? "", Text = Shorten(ad.Text, 20000) ?? "",
                Price = ad.Price, AgeClaimed = ad.AgeClaimed, PhotoHash = Shorten(ad.PhotoHash, 200),
            });
        }
        batch.Imported = toStore.Count;
        batch.Duplicates = duplicates;
        batch.Rejected = rejected;
        batch.FieldWarnings = warnings;

        var strategy = db.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            db.Set<AdImportBatch>().Add(batch);
            await db.SaveChangesAsync(ct);
            // The first import stores the built-in profile; done before the ads are added so that save does not take them along.
            await AdProfiles.CurrentAsync(db, clock, ct);
            foreach (var ad in toStore)
            {
                ad.ImportId = batch.Id;
            }
            // Scored before the first save, so each new ad is one insert with its score rather than an insert and an update.
            db.Set<StoredAd>().AddRange(toStore);
            await RescoreAsync(ct, toStore);
            await tx.CommitAsync(ct);
        });
        logger.LogInformation("Ad import {ImportId}: {Imported} imported, {Duplicates} duplicates, {Rejected} rejected.", batch.Id, batch.Imported, duplicates, rejected);
        await audit.RecordAsync(AuditAction.Create, AuditRecordType.AdImport, batch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            details: $"{batch.Imported} geïmporteerd, {duplicates} dubbel, {rejected} afgewezen", cancellationToken: ct);
        var ordered = lines.OrderBy(l => l.Line ?? int.MaxValue).ThenBy(l => l.AdId, StringComparer.Ordinal).ToList();
        return new ImportReport(null, batch.Imported, duplicates, rejected, warnings, ordered);
    }

    /// <summary>
    /// Scores and clusters every stored ad again with the profile in force: clusters and indicators that span ads
    /// (several cities, shared photo, near-duplicate text) depend on the whole set, not on one file.
    /// </summary>
    public async Task<string> RescoreAsync(CancellationToken ct, IReadOnlyList<StoredAd>? pending = null)
    {
        var (profileRow, profile) = await AdProfiles.CurrentAsync(db, clock, ct);
        var stored = await db.Set<StoredAd>().Where(a => a.AnonymisedAt == null).ToListAsync(ct);
        if (pending is not null)
        {
            stored.AddRange(pending);
        }
        var known = await KnownPhones.AmongAsync(db, stored.Select(a => a.Phone), ct);
        var engine = new AdScreeningEngine(profile, known);
        var result = engine.Screen(stored.Select(a => a.ToAd()));
        var byId = stored.ToDictionary(a => a.AdId, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        foreach (var scored in result.Ads)
        {
            var row = byId[scored.Ad.AdId];
            var indicators = string.Join(';', scored.Indicators);
            if (row.RiskScore != scored.RiskScore || row.Indicators != indicators || row.ClusterKey != scored.ClusterId
                || row.Flagged != scored.Flagged || row.ProfileVersion != profileRow.Version)
            {
                row.RiskScore = scored.RiskScore;
                row.Indicators = indicators;
                row.ClusterKey = scored.ClusterId;
                row.Flagged = scored.Flagged;
                row.ProfileVersion = profileRow.Version;
                row.ScoredAt = now;
            }
        }

        var clusters = await db.Set<StoredAdCluster>().ToDictionaryAsync(c => c.Key, StringComparer.Ordinal, ct);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in result.Clusters.Where(c => c.AdIds.Count > 1))
        {
            seen.Add(cluster.ClusterId);
            if (!clusters.TryGetValue(cluster.ClusterId, out var row))
            {
                row = new StoredAdCluster { Key = cluster.ClusterId };
                db.Set<StoredAdCluster>().Add(row);
            }
            row.AdCount = cluster.AdIds.Count;
            row.FlaggedAds = cluster.FlaggedAds;
            row.MaxRisk = cluster.MaxRisk;
            row.FirstPostedAt = cluster.FirstPostedAt;
            row.LastPostedAt = cluster.LastPostedAt;
            row.Phones = Shorten(string.Join(';', cluster.Phones), 4000)!;
            row.Handles = Shorten(string.Join(';', cluster.Handles), 4000)!;
            row.Cities = Shorten(string.Join(';', cluster.Cities), 4000)!;
            row.ProfileVersion = profileRow.Version;
        }
        // A cluster that an import split or merged away is gone; its review decisions stay in the review history.
        db.Set<StoredAdCluster>().RemoveRange(clusters.Values.Where(c => !seen.Contains(c.Key)));
        await db.SaveChangesAsync(ct);
        return profileRow.Version;
    }

    /// <summary>UTF-8 (with or without BOM) and UTF-16 with BOM; other encodings leave unreadable characters, which reject the line.</summary>
    public static string Decode(byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content), Utf8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static string? Shorten(string? value, int max) => value is null || value.Length <= max ? value : value[..max];
}
