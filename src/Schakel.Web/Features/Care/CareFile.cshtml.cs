using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Care;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.Signals;
using Schakel.Web.Features.Table;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Care;

/// <summary>
/// The care file of one possible victim. The care coordinator sees and edits everything; the municipality's attention
/// officer gets a reduced view (status and goals): needs, clinical notes, contacts and consents are not even loaded.
/// </summary>
public sealed class CareFileModel(SchakelDb db, TableDirectory directory, AuditLog audit, TimeProvider clock, ShelterTree tree) : PageModel
{
    private const string Conflict = "Een collega heeft dit intussen gewijzigd. Bekijk de nieuwe stand; uw invoer staat nog in het formulier.";

    public CareFile Dossier { get; private set; } = null!;
    public TableCase Case { get; private set; } = null!;
    public Subject Subject { get; private set; } = null!;
    public CareAccess Access { get; private set; }
    public ShelterTree Tree => tree;
    public ShelterAdvice? Advice { get; private set; }
    public DateOnly Today { get; private set; }
    /// <summary>The case's other care files, for the care track; loaded only for the care coordinator.</summary>
    private List<CareFile> OtherFilesOfCase { get; set; } = [];

    [BindProperty] public int FileVersion { get; set; }
    [BindProperty] public int ItemId { get; set; }
    [BindProperty] public int ItemVersion { get; set; }
    [BindProperty] public string? Notes { get; set; }
    [BindProperty] public string? OutcomeCode { get; set; }
    [BindProperty] public NeedStatus NewNeedStatus { get; set; }
    [BindProperty] public GoalStatus NewGoalStatus { get; set; }
    [BindProperty] public DateOnly? WithdrawnOn { get; set; }
    [BindProperty] public NeedInput Need { get; set; } = new();
    [BindProperty] public PlacementInput Placement { get; set; } = new();
    [BindProperty] public MilestoneInput Milestone { get; set; } = new();
    [BindProperty] public ContactInput Contact { get; set; } = new();
    [BindProperty] public ConsentInput ConsentIn { get; set; } = new();
    [BindProperty] public GoalInput Goal { get; set; } = new();
    [BindProperty] public NeedInput EditNeed { get; set; } = new();
    [BindProperty] public ContactInput EditContact { get; set; } = new();
    [BindProperty] public GoalInput EditGoal { get; set; } = new();

    public bool Full => Access == CareAccess.Full;
    public bool CanEdit => Full && !Dossier.IsClosed;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id, edit: false) is { } denied)
        {
            return denied;
        }
        FileVersion = Dossier.Version;
        Notes = Dossier.ClinicalNotes;
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.CareFile, id.ToString(), details: Full ? null : "samenvatting", cancellationToken: HttpContext.RequestAborted,
            subjects: [Dossier.SubjectId]);
        return Page();
    }

    public Task<IActionResult> OnPostNotesAsync(int id) => EditAsync(id, "Notes", () =>
    {
        if (Notes?.Length > 4000)
        {
            return "De notities zijn te lang (maximaal 4000 tekens).";
        }
        Dossier.ClinicalNotes = string.IsNullOrWhiteSpace(Notes) ? null : Notes.Trim();
        db.Entry(Dossier).Property(f => f.Version).OriginalValue = FileVersion;
        return null;
    }, "Notities opgeslagen.");

    public Task<IActionResult> OnPostNeedAsync(int id) => EditAsync(id, "Need", () =>
    {
        if (!Enum.IsDefined(Need.Domain) || !Enum.IsDefined(Need.Status))
        {
            return "Kies een levensgebied en een status.";
        }
        if (CareRules.WhyRangeInvalid(Need.StartsOn, Need.EndsOn, "de zorgbehoefte") is { } why)
        {
            return why;
        }
        Dossier.Needs.Add(new CareNeed
        {
            Domain = Need.Domain, Status = Need.Status, Provider = Trim(Need.Provider), StartsOn = Need.StartsOn, EndsOn = Need.EndsOn, Note = Trim(Need.Note),
        });
        return null;
    }, "Zorgbehoefte toegevoegd.");

    public Task<IActionResult> OnPostNeedStatusAsync(int id) => EditAsync(id, $"Need-{ItemId}", () =>
    {
        var need = Dossier.Needs.FirstOrDefault(n => n.Id == ItemId);
        if (need is null || !Enum.IsDefined(NewNeedStatus))
        {
            return "Deze zorgbehoefte bestaat niet (meer).";
        }
        need.Status = NewNeedStatus;
        if (!need.IsOpen && need.EndsOn is null)
        {
            need.EndsOn = Today < need.StartsOn ? need.StartsOn : Today;
        }
        db.Entry(need).Property(n => n.Version).OriginalValue = ItemVersion;
        return null;
    }, "Zorgbehoefte bijgewerkt.");

    public Task<IActionResult> OnPostEditNeedAsync(int id) => EditAsync(id, $"EditNeed-{ItemId}", () =>
    {
        var need = Dossier.Needs.FirstOrDefault(n => n.Id == ItemId);
        if (need is null)
        {
            return "Deze zorgbehoefte bestaat niet (meer).";
        }
        if (CareRules.WhyRangeInvalid(EditNeed.StartsOn, EditNeed.EndsOn, "de zorgbehoefte") is { } why)
        {
            return why;
        }
        if (EditNeed.Provider?.Length > 200 || EditNeed.Note?.Length > 2000)
        {
            return "De zorgaanbieder (maximaal 200 tekens) of de toelichting (maximaal 2000 tekens) is te lang.";
        }
        need.Provider = Trim(EditNeed.Provider);
        need.StartsOn = EditNeed.StartsOn;
        need.EndsOn = EditNeed.EndsOn;
        need.Note = Trim(EditNeed.Note);
        db.Entry(need).Property(n => n.Version).OriginalValue = ItemVersion;
        return null;
    }, "Zorgbehoefte gewijzigd.");

    public Task<IActionResult> OnPostEditContactAsync(int id) => EditAsync(id, $"EditContact-{ItemId}", () =>
    {
        var contact = Dossier.Contacts.FirstOrDefault(c => c.Id == ItemId);
        if (contact is null)
        {
            return "Deze contactpersoon bestaat niet (meer).";
        }
        if (string.IsNullOrWhiteSpace(EditContact.Name) || !Enum.IsDefined(EditContact.Kind))
        {
            return "Vul de naam van de contactpersoon in.";
        }
        if (EditContact.Name.Length > 200 || EditContact.Organisation?.Length > 200 || EditContact.Phone?.Length > 50)
        {
            return "Naam of organisatie (maximaal 200 tekens) of telefoon (maximaal 50 tekens) is te lang.";
        }
        if (EditContact.SinglePoint && !contact.IsSinglePointOfContact)
        {
            foreach (var other in Dossier.Contacts)
            {
                other.IsSinglePointOfContact = false;
            }
        }
        contact.Kind = EditContact.Kind;
        contact.Name = EditContact.Name.Trim();
        contact.Organisation = Trim(EditContact.Organisation);
        contact.Phone = Trim(EditContact.Phone);
        contact.IsSinglePointOfContact = EditContact.SinglePoint;
        db.Entry(contact).Property(c => c.Version).OriginalValue = ItemVersion;
        return null;
    }, "Contactpersoon gewijzigd.");

    public Task<IActionResult> OnPostEditGoalAsync(int id) => EditAsync(id, $"EditGoal-{ItemId}", () =>
    {
        var goal = Dossier.Goals.FirstOrDefault(g => g.Id == ItemId);
        if (goal is null)
        {
            return "Dit doel bestaat niet (meer).";
        }
        if (string.IsNullOrWhiteSpace(EditGoal.Description))
        {
            return "Beschrijf het doel.";
        }
        if (EditGoal.Description.Length > 2000)
        {
            return "Het doel is te lang (maximaal 2000 tekens).";
        }
        if (EditGoal.EvaluateOn is null)
        {
            return "Vul de evaluatiedatum van het doel in.";
        }
        if (EditGoal.EvaluateOn < TableTime.Day(Dossier.OpenedAt))
        {
            return "De evaluatiedatum ligt voor de opening van het zorgdossier.";
        }
        goal.Description = EditGoal.Description.Trim();
        goal.EvaluateOn = EditGoal.EvaluateOn.Value;
        db.Entry(goal).Property(g => g.Version).OriginalValue = ItemVersion;
        return null;
    }, "Doel gewijzigd.");

    /// <summary>The row whose edit form shows the user's own input: the one just posted and refused.</summary>
    public bool IsEditing(string kind, int itemId) => ItemId == itemId && ModelState[$"{kind}-{itemId}"]?.Errors.Count > 0;

    /// <summary>Walks the decision tree with the answers given; nothing is stored until a placement is chosen.</summary>
    public async Task<IActionResult> OnPostAdviseAsync(int id)
    {
        if (await LoadAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        Advice = ShelterAdvisor.Evaluate(tree, Placement.Answers);
        if (!Advice.IsComplete)
        {
            ModelState.AddModelError("Advise", $"Beantwoord de vraag: {tree.Question(Advice.MissingQuestion!)!.Text}");
        }
        else
        {
            Placement.Recommended = Advice.Recommended;
            Placement.Chosen ??= Advice.Recommended;
        }
        return Page();
    }

    public Task<IActionResult> OnPostPlacementAsync(int id) => EditAsync(id, "Placement", () =>
    {
        Advice = ShelterAdvisor.Evaluate(tree, Placement.Answers);
        if (!Advice.IsComplete)
        {
            return $"Doorloop eerst de beslisboom. Beantwoord de vraag: {tree.Question(Advice.MissingQuestion!)!.Text}";
        }
        if (Placement.Chosen is null || tree.Kinds.All(k => k.Code != Placement.Chosen))
        {
            return "Kies de soort opvang waarin de persoon wordt geplaatst.";
        }
        if (string.IsNullOrWhiteSpace(Placement.Reason))
        {
            return "Geef de reden voor deze plaatsing; een plaatsing zonder reden wordt niet vastgelegd.";
        }
        if (Placement.Reason.Length > 2000)
        {
            return "De reden is te lang (maximaal 2000 tekens).";
        }
        Dossier.Placements.Add(new ShelterPlacement
        {
            RecommendedKind = Advice.Recommended!, ChosenKind = Placement.Chosen, Reason = Placement.Reason.Trim(),
            Answers = string.Join(";", Advice.Path.Select(p => $"{p.Question}={p.Answer}")),
            StartsOn = Placement.StartsOn ?? Today, RecordedAt = clock.GetUtcNow(), RecordedBy = SignalWorkflow.ActorName(User),
        });
        return null;
    }, "Plaatsing vastgelegd.");

    public Task<IActionResult> OnPostMilestoneAsync(int id) => EditAsync(id, "Milestone", () =>
    {
        if (!Enum.IsDefined(Milestone.Kind) || Milestone.On is null)
        {
            return "Kies de stap en vul de datum in.";
        }
        if (Dossier.Milestones.Any(m => m.Kind == Milestone.Kind))
        {
            return $"{CareLabels.Dutch(Milestone.Kind)} is al vastgelegd.";
        }
        if (CareRules.WhyMilestoneOutOfOrder(Dossier.Milestones, Milestone.Kind, Milestone.On.Value) is { } why)
        {
            return why;
        }
        Dossier.Milestones.Add(new CareMilestone { Kind = Milestone.Kind, On = Milestone.On.Value, Note = Trim(Milestone.Note) });
        return null;
    }, "Stap vastgelegd.");

    public Task<IActionResult> OnPostContactAsync(int id) => EditAsync(id, "Contact", () =>
    {
        if (string.IsNullOrWhiteSpace(Contact.Name) || !Enum.IsDefined(Contact.Kind))
        {
            return "Vul de naam van de contactpersoon in.";
        }
        if (Contact.SinglePoint)
        {
            // Only one agreed single point of contact: the new one replaces the previous.
            foreach (var c in Dossier.Contacts)
            {
                c.IsSinglePointOfContact = false;
            }
        }
        Dossier.Contacts.Add(new CareContact
        {
            Kind = Contact.Kind, Name = Contact.Name.Trim(), Organisation = Trim(Contact.Organisation), Phone = Trim(Contact.Phone), IsSinglePointOfContact = Contact.SinglePoint,
        });
        return null;
    }, "Contactpersoon toegevoegd.");

    public Task<IActionResult> OnPostConsentAsync(int id) => EditAsync(id, "Consent", () =>
    {
        if (ConsentIn.GivenOn is null || !Enum.IsDefined(ConsentIn.Scope))
        {
            return "Kies de reikwijdte en vul de datum van de toestemming in.";
        }
        if (ConsentIn.GivenOn > Today)
        {
            return "De datum van de toestemming ligt in de toekomst.";
        }
        if (ConsentIn.Scope == ConsentScope.ShareWithPartner && string.IsNullOrWhiteSpace(ConsentIn.PartnerName))
        {
            return "Noem de partner met wie gedeeld mag worden.";
        }
        Dossier.Consents.Add(new Consent
        {
            Scope = ConsentIn.Scope, PartnerName = ConsentIn.Scope == ConsentScope.ShareWithPartner ? ConsentIn.PartnerName!.Trim() : null,
            GivenOn = ConsentIn.GivenOn.Value, RecordedBy = SignalWorkflow.ActorName(User),
        });
        return null;
    }, "Toestemming vastgelegd.");

    public Task<IActionResult> OnPostWithdrawAsync(int id) => EditAsync(id, $"Consent-{ItemId}", () =>
    {
        var consent = Dossier.Consents.FirstOrDefault(c => c.Id == ItemId);
        if (consent is null)
        {
            return "Deze toestemming bestaat niet (meer).";
        }
        if (consent.WithdrawnOn is not null)
        {
            return "Deze toestemming is al ingetrokken.";
        }
        var on = WithdrawnOn ?? Today;
        if (on < consent.GivenOn)
        {
            return "De datum van intrekken ligt voor de datum waarop de toestemming is gegeven.";
        }
        consent.WithdrawnOn = on;
        db.Entry(consent).Property(c => c.Version).OriginalValue = ItemVersion;
        return null;
    }, "Toestemming ingetrokken. De persoon valt uit elke latere export.");

    public Task<IActionResult> OnPostGoalAsync(int id) => EditAsync(id, "Goal", () =>
    {
        if (string.IsNullOrWhiteSpace(Goal.Description))
        {
            return "Beschrijf het doel.";
        }
        if (Goal.EvaluateOn is null)
        {
            return "Vul de evaluatiedatum van het doel in.";
        }
        if (Goal.EvaluateOn < TableTime.Day(Dossier.OpenedAt))
        {
            return "De evaluatiedatum ligt voor de opening van het zorgdossier.";
        }
        Dossier.Goals.Add(new CareGoal { Description = Goal.Description.Trim(), EvaluateOn = Goal.EvaluateOn.Value });
        return null;
    }, "Doel toegevoegd.");

    public Task<IActionResult> OnPostGoalStatusAsync(int id) => EditAsync(id, $"Goal-{ItemId}", () =>
    {
        var goal = Dossier.Goals.FirstOrDefault(g => g.Id == ItemId);
        if (goal is null || !Enum.IsDefined(NewGoalStatus))
        {
            return "Dit doel bestaat niet (meer).";
        }
        goal.Status = NewGoalStatus;
        db.Entry(goal).Property(g => g.Version).OriginalValue = ItemVersion;
        return null;
    }, "Doel bijgewerkt.");

    public Task<IActionResult> OnPostCloseAsync(int id) => EditAsync(id, "Close", () =>
    {
        if (CareRules.WhyNotClosable(Dossier, OutcomeCode) is { } why)
        {
            return why;
        }
        Dossier.Status = CareFileStatus.Closed;
        Dossier.ClosedAt = clock.GetUtcNow();
        Dossier.OutcomeCode = OutcomeCode;
        db.Entry(Dossier).Property(f => f.Version).OriginalValue = FileVersion;
        // The table sees on its timeline that the care track of this person ended; the outcome stays in the care file.
        var actor = SignalWorkflow.ActorName(User);
        db.Set<CaseEvent>().Add(new CaseEvent { CaseId = Dossier.CaseId, At = Dossier.ClosedAt.Value, Actor = actor, Description = "Zorgtraject van een mogelijk slachtoffer gesloten" });
        CloseCareTrackWhenLastFile(actor);
        return null;
    }, "Zorgtraject gesloten.");

    /// <summary>
    /// The case's care track ends with its last care file, so the table never sees an open track nobody works on; the
    /// track's outcome follows from the files' outcomes. The criminal track is left to the police.
    /// </summary>
    private void CloseCareTrackWhenLastFile(string actor)
    {
        var track = Case.Tracks.FirstOrDefault(t => t.Kind == TrackKind.Care && t.Status == TrackStatus.Open);
        if (track is null || OtherFilesOfCase.Any(f => !f.IsClosed))
        {
            return;
        }
        track.Status = TrackStatus.Closed;
        track.ClosedAt = Dossier.ClosedAt;
        track.OutcomeCode = CareRules.CareTrackOutcome(OtherFilesOfCase.Select(f => f.OutcomeCode).Append(Dossier.OutcomeCode));
        db.Set<CaseEvent>().Add(new CaseEvent
        {
            CaseId = Dossier.CaseId, At = Dossier.ClosedAt!.Value, Actor = actor,
            Description = $"Spoor {TableLabels.Dutch(TrackKind.Care)}: gesloten, {TrackOutcomes.Label(TrackKind.Care, track.OutcomeCode)} (elk zorgdossier gesloten)",
        });
    }

    private async Task<IActionResult> EditAsync(int id, string key, Func<string?> apply, string done)
    {
        var ct = HttpContext.RequestAborted;
        if (await LoadAsync(id, edit: true) is { } denied)
        {
            return denied;
        }
        if (Dossier.IsClosed)
        {
            ModelState.AddModelError(key, "Dit zorgtraject is gesloten en kan niet meer worden gewijzigd.");
            return Page();
        }
        if (apply() is { } error)
        {
            ModelState.AddModelError(key, error);
            db.ChangeTracker.Clear();
            await LoadAsync(id, edit: true);
            return Page();
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await LoadAsync(id, edit: true);
            ModelState.AddModelError(key, Conflict);
            // The page now shows the colleague's version; saving again after reading it is a deliberate overwrite.
            ModelState.Remove(nameof(FileVersion));
            FileVersion = Dossier.Version;
            return Page();
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.CareFile, id.ToString(), details: key, cancellationToken: ct);
        TempData["Message"] = done;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult?> LoadAsync(int id, bool edit)
    {
        var ct = HttpContext.RequestAborted;
        Today = TableTime.Today(clock);
        var file = await db.Set<CareFile>().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null)
        {
            return NotFound();
        }
        var tableCase = await db.Set<TableCase>().Include(c => c.Tracks).FirstAsync(c => c.Id == file.CaseId, ct);
        var table = (await directory.TableAsync(tableCase.TableId, ct))!;
        Access = AccessPolicy.ForCareFile(User, table, tableCase, file);
        if (Access == CareAccess.None || (edit && Access != CareAccess.Full))
        {
            await audit.RecordAsync(AuditAction.Denied, AuditRecordType.CareFile, id.ToString(), cancellationToken: ct);
            // Care file numbers are sequential: a file the user may not see answers as if it did not exist.
            return Access == CareAccess.None ? NotFound() : Forbid();
        }
        // Goals are part of the summary; the rest is loaded only for the care coordinator.
        await db.Entry(file).Collection(f => f.Goals).LoadAsync(ct);
        if (Access == CareAccess.Full)
        {
            await db.Entry(file).Collection(f => f.Needs).LoadAsync(ct);
            await db.Entry(file).Collection(f => f.Placements).LoadAsync(ct);
            await db.Entry(file).Collection(f => f.Milestones).LoadAsync(ct);
            await db.Entry(file).Collection(f => f.Contacts).LoadAsync(ct);
            await db.Entry(file).Collection(f => f.Consents).LoadAsync(ct);
            OtherFilesOfCase = await db.Set<CareFile>().AsNoTracking().Where(f => f.CaseId == file.CaseId && f.Id != file.Id).ToListAsync(ct);
        }
        Dossier = file;
        Case = tableCase;
        Subject = await db.Subjects.FirstAsync(s => s.Id == file.SubjectId, ct);
        return null;
    }

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
