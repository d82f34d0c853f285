using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Labels;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Privacy;

/// <summary>The privacy officer's view of the audit log: verify the chain, search by person, user, record and period.</summary>
[Authorize(Policy = Infrastructure.Security.Policies.Privacy)]
public sealed class AuditSearchModel(SchakelDb db, AuditLog audit) : PageModel
{
    /// <summary>Persons matched by one name search; enough for a common name, small enough for one query.</summary>
    private const int MaxPersons = 200;

    [BindProperty] public string? UserEmail { get; set; }
    [BindProperty] public string? Person { get; set; }
    [BindProperty] public string? RecordType { get; set; }
    [BindProperty] public string? RecordId { get; set; }
    [BindProperty] public DateOnly? From { get; set; }
    [BindProperty] public DateOnly? To { get; set; }
    [BindProperty] public bool FlaggedOnly { get; set; }

    /// <summary>The kinds of record to search by, as the officer reads them; the value is the name stored in the log.</summary>
    public static IReadOnlyList<(string Code, string Label)> RecordTypes { get; } =
        [.. Enum.GetValues<AuditRecordType>().Select(t => (t.StoredName(), Dutch.Of(t))).OrderBy(t => t.Item2, StringComparer.Create(new CultureInfo("nl-NL"), false))];

    public AuditChain.Verification? Verification { get; private set; }
    public List<AuditEntry> Entries { get; private set; } = [];
    public bool Searched { get; private set; }

    public async Task OnGetAsync()
    {
        Verification = await audit.VerifyAsync(db, HttpContext.RequestAborted);
        Entries = await db.AuditEntries.AsNoTracking().Where(e => e.Flagged).OrderByDescending(e => e.Sequence).Take(50).ToListAsync();
    }

    /// <summary>Searches by POST so names of persons never end up in a URL or an access log.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (From is { } f && To is { } t && t < f)
        {
            ModelState.AddModelError(nameof(To), "De einddatum ligt voor de begindatum.");
        }
        Verification = await audit.VerifyAsync(db, HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var query = db.AuditEntries.AsNoTracking().AsQueryable();
        if (!string.IsNullOrWhiteSpace(UserEmail))
        {
            var ids = await db.Users.Where(u => u.Email!.Contains(UserEmail.Trim())).Select(u => u.Id).ToListAsync();
            query = query.Where(e => e.UserId != null && ids.Contains(e.UserId));
        }
        if (!string.IsNullOrWhiteSpace(Person))
        {
            // A person is found through the records about them: their subjects and signals, and every other read
            // (case, care file, agenda, pre-round, linking) that named them when it was written.
            var term = Person.Trim();
            var subjects = await db.Subjects.Where(s => s.FullName != null && s.FullName.Contains(term)).Select(s => new { s.Id, s.SignalId }).Take(MaxPersons).ToListAsync();
            var subjectIds = subjects.Select(s => s.Id.ToString(CultureInfo.InvariantCulture)).ToList();
            var signalIds = subjects.Select(s => s.SignalId.ToString(CultureInfo.InvariantCulture)).Distinct().ToList();
            query = query.Where(AuditSubjects.Or(
                e => (e.RecordType == nameof(AuditRecordType.Signal) && signalIds.Contains(e.RecordId!)) || (e.RecordType == nameof(AuditRecordType.Subject) && subjectIds.Contains(e.RecordId!)),
                AuditSubjects.ConcernAny(subjects.Select(s => s.Id).ToList())));
        }
        if (!string.IsNullOrWhiteSpace(RecordType))
        {
            // Older entries may carry an earlier name for the same kind of record.
            var names = AuditRecordTypes.StoredNames(RecordType.Trim()).ToList();
            query = query.Where(e => names.Contains(e.RecordType));
        }
        if (!string.IsNullOrWhiteSpace(RecordId))
        {
            query = query.Where(e => e.RecordId == RecordId.Trim());
        }
        if (From is { } from)
        {
            var ticks = DutchTime.StartOfDay(from).UtcTicks;
            query = query.Where(e => e.AtUtcTicks >= ticks);
        }
        if (To is { } to)
        {
            var ticks = DutchTime.StartOfDay(to.AddDays(1)).UtcTicks;
            query = query.Where(e => e.AtUtcTicks < ticks);
        }
        if (FlaggedOnly)
        {
            query = query.Where(e => e.Flagged);
        }
        Entries = await query.OrderByDescending(e => e.Sequence).Take(500).ToListAsync();
        Searched = true;
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.AuditLog, null, details: $"zoekopdracht: {Entries.Count} regels", cancellationToken: HttpContext.RequestAborted);
        return Page();
    }
}
