using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Privacy;

public sealed record RetentionCandidate(int SignalId, string Reference, SignalKind Kind, SignalStatus Status, DateTimeOffset ClosedAt, int Subjects, int Notes);

/// <summary>
/// Removes the personal data of closed signals whose retention period has passed. Only closed records qualify, so an
/// open signal is never touched; the anonymous remainder stays so dashboards and reports keep their counts.
/// </summary>
public sealed class RetentionJob(SchakelDb db, RetentionOptions options, AuditLog audit, TimeProvider clock)
{
    public async Task<List<RetentionCandidate>> PlanAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var localCutoff = now.AddDays(-options.SignalsHandledLocallyDays);
        var adviceCutoff = now.AddDays(-options.AdviceQuestionsDays);
        var candidates = await db.Signals.AsNoTracking()
            .Where(s => s.AnonymisedAt == null && s.ClosedAt != null
                && (((s.Status == SignalStatus.HandledLocally || s.Status == SignalStatus.ClosedByTable) && s.ClosedAt < localCutoff)
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
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(user, AuditAction.Erase, "Signal", signal.Id.ToString(CultureInfo.InvariantCulture),
                purpose: "bewaartermijn verstreken",
                details: $"persoonsgegevens verwijderd: {candidate.Subjects} perso(o)n(en), {candidate.Notes} notitie(s), omschrijving en melder", cancellationToken: cancellationToken);
        }
        return plan.Count;
    }
}
