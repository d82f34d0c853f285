using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Linking;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Linking.Models;

/// <summary>What one estimation did: the region's active version afterwards, whether it is new, and how many candidate links were re-scored.</summary>
public sealed record EstimationOutcome(int RegionId, LinkModelVersion? Active, bool Stored, int Rescored, int Dropped);

/// <summary>
/// Learns a region's model from the subjects of its signals, stores it as the next version when it differs from the
/// latest one, and re-scores the region's candidate links that another model scored. Decided links keep the score and
/// model they were judged on. A small region still gets a sensible model: the engine blends in the default model as a prior.
/// </summary>
public sealed class ModelEstimation(SchakelDb db, AuditLog audit, TimeProvider clock, ILogger<ModelEstimation> logger)
{
    private const int RescoreAttempts = 3;

    public async Task<IReadOnlyList<EstimationOutcome>> EstimateAllAsync(CancellationToken ct)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(ct);
        var outcomes = new List<EstimationOutcome>();
        foreach (var region in regions)
        {
            outcomes.Add(await EstimateAsync(region, null, ct));
        }
        return outcomes;
    }

    /// <summary>Estimates one region; <paramref name="user"/> is the chain director who asked, or null for the scheduled run.</summary>
    public async Task<EstimationOutcome> EstimateAsync(int regionId, ClaimsPrincipal? user, CancellationToken ct)
    {
        var subjects = await db.Subjects.AsNoTracking()
            .Where(s => RegionModels.SignalsOf(db, regionId).Select(g => g.Id).Contains(s.SignalId))
            .OrderBy(s => s.Id).ToListAsync(ct);
        var latest = await LatestAsync(regionId, ct);
        if (subjects.Count < 2)
        {
            // Nothing to learn from: the region keeps its latest model, or the default one.
            await audit.RecordAsync(user, AuditAction.Update, AuditRecordType.LinkModel, latest?.Id.ToString(CultureInfo.InvariantCulture),
                details: $"regio {regionId}: {subjects.Count} betrokkenen, te weinig om een model te schatten", cancellationToken: ct);
            return new EstimationOutcome(regionId, latest, false, 0, 0);
        }
        var records = subjects.SelectMany(SubjectRecords.ToRecords).ToList();
        var model = LinkEngine.Run(records, new Core.Linking.LinkOptions { MinScore = 1 }).Model;
        var stored = false;
        if (latest?.ModelId != model.Id)
        {
            var version = LinkModelVersion.From(model, regionId, (latest?.Number ?? 0) + 1, clock.GetUtcNow(), user is null ? null : user.ActorName());
            db.Add(version);
            try
            {
                await db.SaveChangesAsync(ct);
                stored = true;
                latest = version;
                RegionModels.Remember(model);
            }
            catch (DbUpdateException)
            {
                // Another instance stored this version number at the same moment; its model stands.
                db.ChangeTracker.Clear();
                latest = await LatestAsync(regionId, ct);
            }
        }
        var active = latest is null ? model : await RegionModels.LoadAsync(db, latest.ModelId, ct) ?? model;
        var (rescored, dropped) = (0, 0);
        for (var attempt = 1; attempt <= RescoreAttempts; attempt++)
        {
            // A chain director decided one of these pairs meanwhile: the decision stands; read the candidates again.
            // Still contended after the last attempt: what is left is re-scored at the next run, or when one of its persons changes.
            if (await db.UnlessStaleAsync(async c => (rescored, dropped) = await RescoreAsync(regionId, active, c), ct))
            {
                break;
            }
        }
        await audit.RecordAsync(user, stored ? AuditAction.Create : AuditAction.Update, AuditRecordType.LinkModel,
            latest?.Id.ToString(CultureInfo.InvariantCulture),
            details: $"regio {regionId}: {(stored ? "nieuwe" : "ongewijzigde")} versie {latest?.Number} ({active.Id}) uit {subjects.Count} betrokkenen; {rescored} mogelijke koppelingen opnieuw berekend, {dropped} vervallen",
            cancellationToken: ct);
        logger.LogInformation("Linking model of region {Region}: version {Number} ({ModelId}), {State}; {Rescored} candidate links re-scored.",
            regionId, latest?.Number, active.Id, stored ? "new" : "unchanged", rescored);
        return new EstimationOutcome(regionId, latest, stored, rescored, dropped);
    }

    private Task<LinkModelVersion?> LatestAsync(int regionId, CancellationToken ct) =>
        db.Set<LinkModelVersion>().AsNoTracking().Where(v => v.RegionId == regionId).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);

    /// <summary>
    /// A link belongs to the region of its newer subject (the higher id), whose intake scored it. Pairs that fall below
    /// the minimum score under the new model are no longer candidates, as after an edit.
    /// </summary>
    private async Task<(int Rescored, int Dropped)> RescoreAsync(int regionId, LinkModel model, CancellationToken ct)
    {
        var regionSubjects = db.Subjects.Where(s => RegionModels.SignalsOf(db, regionId).Select(g => g.Id).Contains(s.SignalId)).Select(s => s.Id);
        var links = await db.Set<SubjectLink>()
            .Where(l => l.Status == LinkStatus.Candidate && (l.ModelId == null || l.ModelId != model.Id) && regionSubjects.Contains(l.SubjectBId))
            .ToListAsync(ct);
        if (links.Count == 0)
        {
            return (0, 0);
        }
        var ids = links.SelectMany(l => new[] { l.SubjectAId, l.SubjectBId }).Distinct().ToList();
        var features = (await db.Subjects.AsNoTracking().Where(s => ids.Contains(s.Id)).ToListAsync(ct))
            .ToDictionary(s => s.Id, SubjectRecords.Features);
        var dropped = 0;
        foreach (var link in links)
        {
            var pair = model.Score(features[link.SubjectAId], features[link.SubjectBId]);
            if (!SubjectKeys.Keeps(pair, out var score))
            {
                db.Remove(link);
                dropped++;
                continue;
            }
            link.Rescore(score, pair.Reasons, pair.Kind, model.Id);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (links.Count - dropped, dropped);
    }
}
