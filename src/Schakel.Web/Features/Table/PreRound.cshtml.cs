using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.Signals;
using Schakel.Web.Features.Table.Contracts;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

public sealed class PreRoundInput
{
    public int SubjectId { get; set; }
    public Acquaintance? Answer { get; set; }
    public string? Note { get; set; }
}

/// <summary>
/// The voorronde: each member says per person on the agenda whether the person is known to them. Only table members
/// see it; the chair also sees who has not answered yet.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class PreRoundModel(SchakelDb db, TableDirectory directory, MeetingReader reader, AuditLog audit, TimeProvider clock) : PageModel
{
    /// <summary>The id of the answer form, where saving lands.</summary>
    public const string AnswersSection = "antwoorden";

    public TableMeeting Meeting { get; private set; } = null!;
    public List<(ItemView Item, Subject Subject)> Subjects { get; private set; } = [];
    public List<PreRoundAnswer> Answers { get; private set; } = [];
    public List<MemberInfo> NotAnswered { get; private set; } = [];
    public bool CanManage { get; private set; }
    public Dictionary<int, string> MunicipalityNames { get; private set; } = [];
    [BindProperty] public List<PreRoundInput> Input { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var denied = await LoadAsync(id);
        if (denied is not null)
        {
            return denied;
        }
        var userId = User.UserId();
        Input = Subjects.Select(s => Answers.FirstOrDefault(a => a.SubjectId == s.Subject.Id && a.UserId == userId) is { } mine
            ? new PreRoundInput { SubjectId = s.Subject.Id, Answer = mine.Answer, Note = mine.Note }
            : new PreRoundInput { SubjectId = s.Subject.Id }).ToList();
        var ct = HttpContext.RequestAborted;
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.PreRound, id.ToString(), cancellationToken: ct,
            subjects: Subjects.Select(s => s.Subject.Id));
        // The pre-round shows identities (date of birth, address, phone): each person's read is its own entry, so the
        // person's audit report names this meeting.
        foreach (var subjectId in Subjects.Select(s => s.Subject.Id).Distinct())
        {
            await audit.RecordAsync(AuditAction.Read, AuditRecordType.Subject, subjectId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                purpose: "voorronde regionale tafel", details: $"identificerende gegevens, voorronde vergadering {id}", subjects: [subjectId], cancellationToken: ct);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var denied = await LoadAsync(id);
        if (denied is not null)
        {
            return denied;
        }
        var allowed = Subjects.Select(s => s.Subject.Id).ToHashSet();
        for (var n = 0; n < Input.Count; n++)
        {
            var row = Input[n];
            if (!allowed.Contains(row.SubjectId))
            {
                ModelState.AddModelError($"Input[{n}].Answer", "Deze persoon staat niet (meer) op de agenda van deze vergadering.");
            }
            else if (row.Answer is null && !string.IsNullOrWhiteSpace(row.Note))
            {
                ModelState.AddModelError($"Input[{n}].Answer", "Kies bekend, niet bekend of bekend maar niet deelbaar bij uw toelichting.");
            }
            if (row.Note?.Length > 2000)
            {
                ModelState.AddModelError($"Input[{n}].Note", "De toelichting is te lang (maximaal 2000 tekens).");
            }
        }
        if (!Input.Any(r => r.Answer is not null) && ModelState.IsValid)
        {
            ModelState.AddModelError("", "Kies bij ten minste één persoon een antwoord.");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var userId = User.UserId()!;
        var now = clock.GetUtcNow();
        var mine = await db.Set<PreRoundAnswer>().Where(a => a.MeetingId == id && a.UserId == userId).ToListAsync(ct);
        foreach (var row in Input.Where(r => r.Answer is not null))
        {
            var answer = mine.FirstOrDefault(a => a.SubjectId == row.SubjectId);
            if (answer is null)
            {
                answer = new PreRoundAnswer { MeetingId = id, SubjectId = row.SubjectId, UserId = userId, Answerer = User.ActorName() };
                db.Set<PreRoundAnswer>().Add(answer);
            }
            answer.Answer = row.Answer!.Value;
            answer.Note = string.IsNullOrWhiteSpace(row.Note) ? null : row.Note.Trim();
            answer.At = now;
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same member answered in another tab at the same moment; the stored answers win, the page shows them.
            ModelState.AddModelError("", "Uw antwoorden zijn intussen ook in een ander venster opgeslagen. Controleer ze hieronder en verstuur opnieuw.");
            db.ChangeTracker.Clear();
            await LoadAsync(id);
            return Page();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.PreRound, id.ToString(), cancellationToken: ct);
        Landing.Record(TempData, AnswersSection, "Uw antwoorden in de voorronde zijn opgeslagen.");
        return Redirect($"/tafel/vergaderingen/{id}/voorronde#{AnswersSection}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var meeting = await directory.MeetingAsync(id, ct);
        if (meeting is null)
        {
            return NotFound();
        }
        if (await HttpContext.Guard().RefuseUnlessAsync(User, meeting, TableOperations.Attend,
            Refusal.HiddenUnlessAllowed(TableOperations.Read, AuditRecordType.PreRound, id.ToString()), ct) is { } refused)
        {
            return refused;
        }
        Meeting = meeting;
        CanManage = await HttpContext.Guard().AllowsAsync(User, meeting, TableOperations.Manage);
        var items = await reader.ItemsAsync(meeting, User, ct);
        Subjects = items.Where(i => i.Item.Section != AgendaSection.CaseInMonitoring)
            .SelectMany(i => i.Subjects.Select(s => (i, s))).ToList();
        MunicipalityNames = await db.Organisations.AsNoTracking().Where(o => o.RegionId == meeting.Table!.RegionId).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        Answers = await db.Set<PreRoundAnswer>().AsNoTracking().Where(a => a.MeetingId == id).OrderBy(a => a.Answerer).ToListAsync(ct);
        var answered = Answers.Select(a => a.UserId).ToHashSet();
        var members = await directory.MembersAsync(meeting.Table!, ct);
        // The chair sends the pre-round and is not asked to answer it.
        NotAnswered = members.Where(m => m.UserId != meeting.Table!.ChairUserId && !answered.Contains(m.UserId)).ToList();
        return null;
    }
}
