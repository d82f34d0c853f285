using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Table;
using Schakel.Web.Features.Admin;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>
/// One table's settings and seats. Seats are a person or a whole organisation; the table's version guards both the
/// settings and the seats, so two people arranging the same table never overwrite each other unseen.
/// </summary>
[Authorize(Policy = Policies.TableAdministration)]
public sealed class TableEditModel(SchakelDb db, AuditLog audit) : PageModel
{
    public RegionalTable Table { get; private set; } = null!;
    public TableRoster Roster { get; private set; } = null!;
    private AccessScope Scope { get; set; } = AccessScope.Empty;
    /// <summary>The stored settings after a stale save, shown beside the user's own input.</summary>
    public TableInput? Current { get; private set; }
    [BindProperty] public TableInput Input { get; set; } = new();
    [BindProperty] public string? PersonId { get; set; }
    [BindProperty] public int? OrganisationId { get; set; }
    [BindProperty] public int MemberId { get; set; }
    [BindProperty] public int MembersVersion { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = TableInput.From(Table);
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.RegionalTable, id.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken: HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var names = await db.Set<RegionalTable>().Where(t => t.RegionId == Input.RegionId && t.Id != id).Select(t => t.Name).ToListAsync(ct);
        foreach (var (field, message) in TableSettingsValidator.Validate(Input, Roster, names))
        {
            ModelState.AddModelError(field, message);
        }
        if (Input.RegionId is not null && !await HttpContext.Guard().AllowsAsync(User, new TablesOfRegion(Input.RegionId, Scope), TableOperations.Administer))
        {
            ModelState.AddModelError("Input.RegionId", TablesOfRegion.OtherRegionMessage);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Input.ApplyTo(Table);
        db.Entry(Table).Property(t => t.Version).OriginalValue = Input.Version;
        if (!await SaveAsync(id, "Input.Version", ct))
        {
            return Page();
        }
        TempData["Message"] = "De instellingen van de tafel zijn opgeslagen.";
        return RedirectToPage(new { id });
    }

    public Task<IActionResult> OnPostAddPersonAsync(int id) => ChangeSeatsAsync(id, "PersonId", () =>
    {
        if (Roster.People.All(p => p.Id != PersonId))
        {
            return "Kies een persoon met een rol aan de tafel.";
        }
        if (Table.Members.Any(m => m.UserId == PersonId))
        {
            return $"{Roster.PersonName(PersonId)} heeft al een zetel aan deze tafel.";
        }
        Table.Members.Add(new TableMember { UserId = PersonId });
        return null;
    }, () => $"{Roster.PersonName(PersonId)} heeft een zetel gekregen.");

    public Task<IActionResult> OnPostAddOrganisationAsync(int id) => ChangeSeatsAsync(id, "OrganisationId", () =>
    {
        if (Roster.Organisations.All(o => o.Id != OrganisationId))
        {
            return "Kies een organisatie.";
        }
        if (Table.Members.Any(m => m.OrganisationId == OrganisationId))
        {
            return $"{Roster.OrganisationName(OrganisationId)} heeft al een zetel aan deze tafel.";
        }
        Table.Members.Add(new TableMember { OrganisationId = OrganisationId });
        return null;
    }, () => $"{Roster.OrganisationName(OrganisationId)} heeft een zetel gekregen: haar medewerkers met een rol aan de tafel nemen deel.");

    public Task<IActionResult> OnPostRemoveAsync(int id) => ChangeSeatsAsync(id, "Members", () =>
    {
        var member = Table.Members.FirstOrDefault(m => m.Id == MemberId);
        if (member is null)
        {
            return "Deze zetel bestaat niet (meer).";
        }
        Table.Members.Remove(member);
        db.Remove(member);
        return null;
    }, () => "De zetel is vervallen.");

    public string Describe(TableMember m) => m.UserId is not null ? Roster.PersonName(m.UserId) : Roster.OrganisationName(m.OrganisationId) + " (hele organisatie)";

    private async Task<IActionResult> ChangeSeatsAsync(int id, string key, Func<string?> apply, Func<string> done)
    {
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Input = TableInput.From(Table);
        if (apply() is { } error)
        {
            ModelState.AddModelError(key, error);
            return Page();
        }
        // A seat change is a change of the table, so the table's version guards it as well.
        db.Entry(Table).State = EntityState.Modified;
        db.Entry(Table).Property(t => t.Version).OriginalValue = MembersVersion;
        if (!await SaveAsync(id, key, ct))
        {
            return Page();
        }
        TempData["Message"] = done();
        return RedirectToPage(new { id });
    }

    private async Task<bool> SaveAsync(int id, string key, CancellationToken ct)
    {
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            await LoadAsync(id);
            Current = TableInput.From(Table);
            ModelState.Remove("Input.Version");
            ModelState.Remove(nameof(MembersVersion));
            Input.Version = Table.Version;
            if (key != "Input.Version")
            {
                Input = TableInput.From(Table);
            }
            ModelState.AddModelError(key, AdminForm.ConflictMessage);
            return false;
        }
        await audit.RecordAsync(AuditAction.Update, AuditRecordType.RegionalTable, id.ToString(System.Globalization.CultureInfo.InvariantCulture), details: key, cancellationToken: ct);
        return true;
    }

    private async Task<bool> LoadAsync(int id)
    {
        var ct = HttpContext.RequestAborted;
        var table = await db.Set<RegionalTable>().Include(t => t.Members).FirstOrDefaultAsync(t => t.Id == id, ct);
        if (table is null)
        {
            return false;
        }
        Scope = await AccessScope.LoadAsync(db, User, ct);
        // A table of another region answers as if it did not exist; the attempt is kept.
        if (await HttpContext.Guard().RefuseUnlessAsync(User, new TablesOfRegion(table.RegionId, Scope), TableOperations.Administer,
            Refusal.Hidden(AuditRecordType.RegionalTable, id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ct) is not null)
        {
            return false;
        }
        Table = table;
        Roster = await TableRoster.LoadAsync(db, ct);
        return true;
    }
}
