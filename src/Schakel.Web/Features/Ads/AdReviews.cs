using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Ads;
using Schakel.Core.Audit;
using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Ads;

public enum ReviewResult
{
    Saved,
    NotFound,
    Conflict,
}

/// <summary>
/// Records an analyst's decision on an ad or a cluster, refusing a save made on a stale version, and turns an ad into
/// a signal through the ordinary intake so linking, routing and notification happen as for any other signal.
/// </summary>
public sealed class AdReviews(SchakelDb db, ISignalIntake intake, AuditLog audit, TimeProvider clock)
{
    public async Task<ReviewResult> ReviewAdAsync(int id, AdOutcome outcome, string? note, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var ad = await db.Set<StoredAd>().FirstOrDefaultAsync(a => a.Id == id && a.AnonymisedAt == null, ct);
        if (ad is null)
        {
            return ReviewResult.NotFound;
        }
        if (ad.Version != version)
        {
            return ReviewResult.Conflict;
        }
        Apply(ad, outcome, user);
        db.Set<AdReview>().Add(NewReview(user, outcome, note, adId: ad.Id));
        return await SaveAsync(AuditRecordType.Ad, ad.Id, $"beoordeeld: {AdLabels.Dutch(outcome)}", ct);
    }

    public async Task<ReviewResult> ReviewClusterAsync(int id, AdOutcome outcome, string? note, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await db.Set<StoredAdCluster>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cluster is null)
        {
            return ReviewResult.NotFound;
        }
        if (cluster.Version != version)
        {
            return ReviewResult.Conflict;
        }
        cluster.Review(outcome, user.DisplayName_(), clock.GetUtcNow());
        db.Set<AdReview>().Add(NewReview(user, outcome, note, clusterId: cluster.Id));
        return await SaveAsync(AuditRecordType.AdCluster, cluster.Id, $"beoordeeld: {AdLabels.Dutch(outcome)}", ct);
    }

    /// <summary>
    /// Files a signal about the ad: its phone and handle become a subject so linking finds them, and the signal goes to
    /// the queue of the municipality of the ad's city (the chain director's when the city is not a municipality of ours).
    /// </summary>
    public async Task<(ReviewResult Result, string? Reference)> MakeSignalAsync(int id, string? note, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var ad = await db.Set<StoredAd>().FirstOrDefaultAsync(a => a.Id == id && a.AnonymisedAt == null, ct);
        if (ad is null)
        {
            return (ReviewResult.NotFound, null);
        }
        if (ad.Version != version)
        {
            return (ReviewResult.Conflict, null);
        }
        if (ad.SignalReference is { } already)
        {
            return (ReviewResult.Saved, already);
        }
        var municipalityId = await MunicipalityOfAsync([ad.City], ct);
        var reference = await FileSignalAsync(municipalityId, ad.PostedAt, ad.Phone, ad.Handle, ad.City, $"advertentie {ad.AdId}", Describe(ad, note), user, ct);
        Apply(ad, AdOutcome.Signal, user);
        ad.SignalReference = reference;
        db.Set<AdReview>().Add(NewReview(user, AdOutcome.Signal, note, adId: ad.Id, signal: reference));
        var saved = await SaveAsync(AuditRecordType.Ad, ad.Id, $"melding {reference} gemaakt", ct);
        return (saved, reference);
    }

    /// <summary>
    /// One signal for a whole cluster: every phone and handle of the cluster on one subject (one network, one contact
    /// person as far as is known), in the municipality of the highest-risk ad whose city is one of ours.
    /// </summary>
    public async Task<(ReviewResult Result, string? Reference)> MakeClusterSignalAsync(int id, string? note, int version, ClaimsPrincipal user, CancellationToken ct)
    {
        var cluster = await db.Set<StoredAdCluster>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (cluster is null)
        {
            return (ReviewResult.NotFound, null);
        }
        if (cluster.Version != version)
        {
            return (ReviewResult.Conflict, null);
        }
        var ads = await db.Set<StoredAd>().AsNoTracking().Where(a => a.ClusterKey == cluster.Key)
            .OrderByDescending(a => a.RiskScore).ThenBy(a => a.AdId).ToListAsync(ct);
        var municipalityId = await MunicipalityOfAsync(ads.Select(a => a.City), ct);
        var lines = new List<string>
        {
            $"Uit de advertentiescreening: cluster {cluster.Key} met {cluster.AdCount} advertenties in {cluster.Cities.Replace(";", ", ", StringComparison.Ordinal)}"
                + $", {AdFormat.Span(cluster.FirstPostedAt, cluster.LastPostedAt)}; hoogste risicoscore {cluster.MaxRisk.ToString("0.00", CultureInfo.InvariantCulture)} (profiel {cluster.ProfileVersion}).",
            "Advertenties: " + string.Join(", ", ads.Select(a => a.AdId)),
        };
        if (!string.IsNullOrWhiteSpace(note))
        {
            lines.Add($"Toelichting: {note.Trim()}");
        }
        var description = string.Join("\n", lines);
        var reference = await FileSignalAsync(municipalityId, ads.Max(a => a.PostedAt), Joined(cluster.Phones), Joined(cluster.Handles),
            ads.Select(a => a.City).FirstOrDefault(c => c is not null), $"advertentiecluster {cluster.Key}", description.Length > 4000 ? description[..4000] : description, user, ct);
        cluster.Review(AdOutcome.Signal, user.DisplayName_(), clock.GetUtcNow());
        db.Set<AdReview>().Add(NewReview(user, AdOutcome.Signal, note, clusterId: cluster.Id, signal: reference));
        var saved = await SaveAsync(AuditRecordType.AdCluster, cluster.Id, $"melding {reference} gemaakt", ct);
        return (saved, reference);
    }

    private static string? Joined(string list) => list.Length == 0 ? null : list.Replace(';', '\n');

    private async Task<string> FileSignalAsync(int? municipalityId, DateTime? posted, string? phones, string? handles, string? city, string adLink, string description, ClaimsPrincipal user, CancellationToken ct)
    {
        var draft = new SignalDraft
        {
            Kind = SignalKind.Report,
            MelderTypeCode = "GEMEENTE",
            MelderName = user.DisplayName_(),
            ObservedOn = posted is { } p ? DutchTime.Day(new DateTimeOffset(DateTime.SpecifyKind(p, DateTimeKind.Utc))) : DutchTime.Today(clock),
            MunicipalityId = municipalityId,
            FormCodes = [ExploitationForms.Sexual],
            Description = description,
            Subjects =
            [
                new SubjectDraft
                {
                    Role = SubjectRole.PossibleVictim, Phones = phones, Handles = handles, City = city,
                    WorksInMunicipalityId = municipalityId, AdLinks = adLink,
                },
            ],
        };
        var result = await intake.CreateAsync(draft, new IntakeSource(IntakeChannel.App, user.DisplayName_(), user.UserId(), user.OrganisationId()), ct);
        return result.Signal.Reference;
    }

    /// <summary>The first of the cities (in the order given) that is one of our municipalities.</summary>
    private async Task<int?> MunicipalityOfAsync(IEnumerable<string?> cities, CancellationToken ct)
    {
        var municipalities = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Municipality)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        foreach (var key in cities.Select(CityNormalizer.Key).OfType<string>())
        {
            if (municipalities.FirstOrDefault(m => CityNormalizer.Key(m.Name) == key) is { } match)
            {
                return match.Id;
            }
        }
        return null;
    }

    private static string Describe(StoredAd ad, string? note)
    {
        var parts = new List<string>
        {
            $"Uit de advertentiescreening: advertentie {ad.AdId}" + (ad.City is null ? "" : $" in {ad.City}")
                + (ad.PostedAt is { } p ? $", geplaatst {AdFormat.Date(p)}" : "") + ".",
            $"Risicoscore {ad.RiskScore.ToString("0.00", CultureInfo.InvariantCulture)} (profiel {ad.ProfileVersion}); indicatoren: {(ad.Indicators.Length == 0 ? "geen" : ad.Indicators.Replace(";", ", ", StringComparison.Ordinal))}.",
        };
        if (!string.IsNullOrWhiteSpace(ad.Title))
        {
            parts.Add($"Titel: {ad.Title}");
        }
        if (!string.IsNullOrWhiteSpace(note))
        {
            parts.Add($"Toelichting: {note.Trim()}");
        }
        var text = string.Join("\n", parts);
        return text.Length > 4000 ? text[..4000] : text;
    }

    private void Apply(StoredAd ad, AdOutcome outcome, ClaimsPrincipal user)
    {
        ad.Review(outcome, user.DisplayName_(), clock.GetUtcNow());
    }

    private AdReview NewReview(ClaimsPrincipal user, AdOutcome outcome, string? note, int? adId = null, int? clusterId = null, string? signal = null) => new()
    {
        AdId = adId, ClusterId = clusterId, Outcome = outcome, At = clock.GetUtcNow(), UserId = user.UserId(), Actor = user.DisplayName_(),
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim() is { Length: > 2000 } n ? n[..2000] : note.Trim(),
        SignalReference = signal,
    };

    private async Task<ReviewResult> SaveAsync(AuditRecordType recordType, int id, string details, CancellationToken ct)
    {
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            return ReviewResult.Conflict;
        }
        await audit.RecordAsync(AuditAction.Update, recordType, id.ToString(CultureInfo.InvariantCulture), details: details, cancellationToken: ct);
        return ReviewResult.Saved;
    }
}
