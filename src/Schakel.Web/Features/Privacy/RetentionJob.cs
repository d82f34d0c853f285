using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Web.Features.Ads;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Privacy;

public sealed record RetentionCandidate(int SignalId, string Reference, SignalKind Kind, SignalStatus Status, DateTimeOffset ClosedAt, int Subjects, int Notes);

/// <summary>
/// Removes the personal data of closed signals whose retention period has passed. Only closed records qualify, so an
/// open signal is never touched; the anonymous remainder stays so dashboards and reports keep their counts.
/// </summary>
public sealed class RetentionJob(SchakelDb db, RetentionOptions options, AuditLog audit, TimeProvider clock, AdScreening ads, CaseRetention cases)
{
    /// <summary>Screened ads past their period: imported before the cut-off, the longer one for ads under "volgen".</summary>
    public IQueryable<StoredAd> AdsDue()
    {
        var now = clock.GetUtcNow();
        var cutoff = now.AddDays(-options.AdsDays);
        var monitoredCutoff = now.AddDays(-options.AdsMonitoredDays);
        var old = db.Set<AdImportBatch>().Where(b => b.At < cutoff).Select(b => b.Id);
        var veryOld = db.Set<AdImportBatch>().Where(b => b.At < monitoredCutoff).Select(b => b.Id);
        return db.Set<StoredAd>().Where(a => a.AnonymisedAt == null && old.Contains(a.ImportId)
            && (a.Outcome != AdOutcome.Monitor || veryOld.Contains(a.ImportId)));
    }

    public async Task<List<RetentionCandidate>> PlanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var localCutoff = now.AddDays(-options.SignalsHandledLocallyDays);
        var adviceCutoff = now.AddDays(-options.AdviceQuestionsDays);
        var candidates = await db.Signals.AsNoTracking()
            .Where(s => s.AnonymisedAt == null && s.ClosedAt != null
                && (((s.Status == SignalStatus.HandledLocally || s.Status == SignalStatus.ClosedByTable || s.Status == SignalStatus.ClosedInTriage) && s.ClosedAt < localCutoff)
                    || (s.Status == SignalStatus.Answered && s.ClosedAt < adviceCutoff)))
            .Select(s => new RetentionCandidate(s.Id, s.Reference, s.Kind, s.Status, s.ClosedAt!.Value, s.Subjects.Count, s.Notes.Count))
            .ToListAsync(cancellationToken);
        return candidates.OrderBy(c => c.ClosedAt).ToList();
    }

    public async Task<int> ApplyAsync(System.Security.Claims.ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var candidate in plan)
        {
            var signal = await db.Signals.Include(s => s.Subjects).Include(s => s.Events).Include(s => s.Notes)
                .FirstAsync(s => s.Id == candidate.SignalId, cancellationToken);
            if (!signal.IsClosed)
            {
                continue;
            }
            Anonymiser.Signal(signal, now);
            await Anonymiser.RecordsBesideAsync(db, [signal.Id], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(user, AuditAction.Erase, AuditRecordType.Signal, signal.Id.ToString(CultureInfo.InvariantCulture),
                purpose: "bewaartermijn verstreken",
                details: $"persoonsgegevens verwijderd: {candidate.Subjects} perso(o)n(en), {candidate.Notes} notitie(s), omschrijving en melder", cancellationToken: cancellationToken);
        }
        var erasedCases = await cases.ApplyAsync(user, cancellationToken);
        return plan.Count + erasedCases + await ApplyToAdsAsync(user, now, cancellationToken);
    }

    /// <summary>
    /// Removes phone, handle, texts and photo hash of expired ads and clusters them again without them, so no cluster
    /// keeps their numbers. City, dates, price, score and outcome stay: the screening figures keep their counts.
    /// </summary>
    private async Task<int> ApplyToAdsAsync(System.Security.Claims.ClaimsPrincipal? user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await AdsDue().ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }
        foreach (var ad in due)
        {
            var erased = "gewist-" + ad.Id.ToString(CultureInfo.InvariantCulture);
            ad.AdId = erased;
            ad.DedupeKey = erased;
            ad.Phone = null;
            ad.Handle = null;
            ad.Title = "";
            ad.Text = "";
            ad.PhotoHash = null;
            ad.ClusterKey = "";
            ad.AnonymisedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        await ads.RescoreAsync(cancellationToken);
        await audit.RecordAsync(user, AuditAction.Erase, AuditRecordType.Ad, null, purpose: "bewaartermijn verstreken",
            details: $"{due.Count} advertentie(s): telefoon, account, teksten en foto-hash verwijderd", cancellationToken: cancellationToken);
        return due.Count;
    }
}
