using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Labels;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Privacy;

/// <summary>
/// Everything Schakel holds about one person (AVG art. 15): the person's own record, the signal it belongs to, its
/// history and notes, and who accessed it. Other persons in the same signal are left out entirely.
/// </summary>
public sealed record SubjectAccessExport(
    DateTimeOffset MadeAt,
    SubjectExport Person,
    SignalExport Signal,
    IReadOnlyList<HistoryExport> History,
    IReadOnlyList<NoteExport> Notes,
    IReadOnlyList<AccessLogExport> AccessedBy)
{
    public static async Task<SubjectAccessExport?> BuildAsync(SchakelDb db, int subjectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var subject = await db.Subjects.AsNoTracking().FirstOrDefaultAsync(s => s.Id == subjectId, cancellationToken);
        if (subject is null)
        {
            return null;
        }
        var signal = await db.Signals.AsNoTracking().Include(s => s.Forms).Include(s => s.Municipality)
            .Include(s => s.Events).Include(s => s.Notes).FirstAsync(s => s.Id == subject.SignalId, cancellationToken);
        var municipalities = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        string? Muni(int? id) => id is { } i && municipalities.TryGetValue(i, out var n) ? n : null;
        var signalId = signal.Id.ToString(CultureInfo.InvariantCulture);
        var subjectKey = subject.Id.ToString(CultureInfo.InvariantCulture);
        // Reads of cases, care files, agendas and links name the persons they showed, so those count as access too.
        var token = "," + subjectKey + ",";
        var access = await db.AuditEntries.AsNoTracking()
            .Where(e => (e.RecordType == nameof(AuditRecordType.Signal) && e.RecordId == signalId) || (e.RecordType == nameof(AuditRecordType.Subject) && e.RecordId == subjectKey)
                || (e.SubjectIds != null && e.SubjectIds.Contains(token)))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);
        return new SubjectAccessExport(
            now,
            new SubjectExport(subject.Id, SignalLabels.Dutch(subject.Role), subject.FullName, subject.DateOfBirth,
                Label(CodeList.AgeGroup, subject.AgeGroup), Label(CodeList.Gender, subject.Gender), subject.Nationality,
                subject.Street, subject.HouseNumber, subject.Postcode, subject.City, Muni(subject.LivesInMunicipalityId), Muni(subject.WorksInMunicipalityId),
                Muni(subject.FoundInMunicipalityId), subject.Phones, subject.Emails, subject.Handles, subject.LicensePlates, subject.AdLinks),
            new SignalExport(signal.Reference, SignalLabels.Dutch(signal.Kind), SignalLabels.Dutch(signal.Status), signal.ReceivedAt, signal.ObservedOn,
                signal.Municipality?.Name, signal.Forms.Select(f => Dutch.Code(CodeList.ExploitationForm, f.FormCode)).ToList(),
                Label(CodeList.Sector, signal.SectorCode), signal.Description, signal.Outcome),
            signal.Events.OrderBy(e => e.At).Select(e => new HistoryExport(e.At, e.Description, e.Reason)).ToList(),
            signal.Notes.OrderBy(n => n.At).Select(n => new NoteExport(n.At, n.Text)).ToList(),
            access.Select(e => new AccessLogExport(e.At, e.Organisation, AuditDisplay.Action(e), e.Purpose, AuditDisplay.Record(e))).ToList());
    }

    // The data subject reads this report: codes go out as the words the application shows for them.
    private static string? Label(CodeList list, string? code) => string.IsNullOrEmpty(code) ? null : Dutch.Code(list, code);
}

public sealed record SubjectExport(int Id, string Role, string? FullName, DateOnly? DateOfBirth, string? AgeGroup, string? Gender, string? Nationality,
    string? Street, string? HouseNumber, string? Postcode, string? City, string? LivesIn, string? WorksIn, string? FoundIn,
    string? Phones, string? Emails, string? Handles, string? LicensePlates, string? AdLinks);

public sealed record SignalExport(string Reference, string Kind, string Status, DateTimeOffset ReceivedAt, DateOnly? ObservedOn, string? Municipality,
    IReadOnlyList<string> Forms, string? Sector, string? Description, string? Outcome);

public sealed record HistoryExport(DateTimeOffset At, string What, string? Reason);

public sealed record NoteExport(DateTimeOffset At, string Text);

public sealed record AccessLogExport(DateTimeOffset At, string? Organisation, string Action, string? Purpose, string Record);
