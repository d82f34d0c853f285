using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Care;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Privacy;

public sealed record CaseRetentionCandidate(int CaseId, string Reference, DateTimeOffset ClosedAt, int Signals, int CareFiles);

/// <summary>
/// Removes the personal data of cases closed longer than their retention period: the signals in the case, the table's
/// free text about it, the police-only details and the care files' notes and contacts. What the figures and the annual
/// report count stays: tracks and their outcomes, needs and their status, dates, forms, municipalities, age groups.
/// A case that is still open is never touched, however old.
/// </summary>
public sealed class CaseRetention(SchakelDb db, RetentionOptions options, AuditLog audit, TimeProvider clock)
{
    private const string Removed = "(verwijderd na bewaartermijn)";

    public async Task<List<CaseRetentionCandidate>> PlanAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().AddDays(-options.CasesClosedDays);
        var candidates = await db.Set<TableCase>().AsNoTracking()
            .Where(c => c.AnonymisedAt == null && c.ClosedAt != null && c.ClosedAt < cutoff)
            .Select(c => new CaseRetentionCandidate(c.Id, c.Reference, c.ClosedAt!.Value,
                db.Signals.Count(s => s.CaseId == c.Id), db.Set<CareFile>().Count(f => f.CaseId == c.Id)))
            .ToListAsync(ct);
        return candidates.OrderBy(c => c.ClosedAt).ToList();
    }

    public async Task<int> ApplyAsync(ClaimsPrincipal? user, CancellationToken ct)
    {
        var plan = await PlanAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var candidate in plan)
        {
            var @case = await db.Set<TableCase>().FirstAsync(c => c.Id == candidate.CaseId, ct);
            if (!@case.IsClosed)
            {
                continue;
            }
            await EraseAsync(@case, now, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            await audit.RecordAsync(user, AuditAction.Erase, AuditRecordType.Case, candidate.CaseId.ToString(CultureInfo.InvariantCulture),
                purpose: "bewaartermijn verstreken",
                details: $"persoonsgegevens verwijderd: {candidate.Signals} melding(en), {candidate.CareFiles} zorgdossier(s), afspraken, acties en notities", cancellationToken: ct);
        }
        return plan.Count;
    }

    private async Task EraseAsync(TableCase @case, DateTimeOffset now, CancellationToken ct)
    {
        var id = @case.Id;
        @case.FirstGoal = null;
        @case.WorkAgreements = null;
        @case.MarkAnonymised(now);

        var signals = await db.Signals.Include(s => s.Subjects).Include(s => s.Events).Include(s => s.Notes)
            .Where(s => s.CaseId == id && s.AnonymisedAt == null).ToListAsync(ct);
        foreach (var signal in signals)
        {
            Anonymiser.Signal(signal, now);
        }
        var signalIds = await db.Signals.Where(s => s.CaseId == id).Select(s => s.Id).ToListAsync(ct);
        await Anonymiser.RecordsBesideAsync(db, signalIds, ct);
        foreach (var item in await db.Set<AgendaItem>().Where(a => a.CaseId == id || (a.SignalId != null && signalIds.Contains(a.SignalId.Value))).ToListAsync(ct))
        {
            item.DecisionNotes = null;
            item.PostponedReason = null;
        }
        var subjectIds = db.Subjects.Where(s => signalIds.Contains(s.SignalId)).Select(s => s.Id);
        foreach (var answer in await db.Set<PreRoundAnswer>().Where(a => subjectIds.Contains(a.SubjectId)).ToListAsync(ct))
        {
            answer.Note = null;
        }
        foreach (var action in await db.Set<TableAction>().Where(a => a.CaseId == id || (a.SignalId != null && signalIds.Contains(a.SignalId.Value))).ToListAsync(ct))
        {
            action.Description = Removed;
        }
        var trackIds = db.Set<CaseTrack>().Where(t => t.CaseId == id).Select(t => t.Id);
        foreach (var detail in await db.Set<CriminalTrackDetail>().Where(d => trackIds.Contains(d.TrackId)).ToListAsync(ct))
        {
            detail.Text = Removed;
        }
        await EraseCareFilesAsync(id, ct);
    }

    private async Task EraseCareFilesAsync(int caseId, CancellationToken ct)
    {
        var files = await db.Set<CareFile>().Where(f => f.CaseId == caseId)
            .Include(f => f.Needs).Include(f => f.Placements).Include(f => f.Milestones).Include(f => f.Contacts).Include(f => f.Goals)
            .ToListAsync(ct);
        foreach (var file in files)
        {
            file.ClinicalNotes = null;
            file.Needs.ForEach(n => n.Note = null);
            file.Placements.ForEach(p => { p.Reason = Removed; p.Answers = null; });
            file.Milestones.ForEach(m => m.Note = null);
            file.Contacts.ForEach(c => { c.Name = Removed; c.Phone = null; });
            file.Goals.ForEach(g => g.Description = Removed);
        }
    }
}
