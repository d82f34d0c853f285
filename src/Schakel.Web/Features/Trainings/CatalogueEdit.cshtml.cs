using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.BasicLevel;
using Schakel.Core.Reference;
using Schakel.Web.Features.BasicLevel;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Trainings;

/// <summary>Adds or edits a training in the catalogue; kept by the chain director (who runs the yearly training) and the beheerder.</summary>
[Authorize(Policy = Policies.TrainingCatalogue)]
public sealed class CatalogueEditModel(SchakelDb db) : PageModel
{
    public Training? Existing { get; private set; }
    public List<ReferenceItem> Forms { get; private set; } = [];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? FormCode { get; set; }
    [BindProperty] public string? TargetGroup { get; set; }
    [BindProperty] public TrainingScale? Scale { get; set; }
    [BindProperty] public string? Provider { get; set; }
    [BindProperty] public string? Link { get; set; }
    [BindProperty] public bool Active { get; set; } = true;
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Existing is { } t)
        {
            (Name, FormCode, TargetGroup, Scale, Provider, Link, Active, Version) = (t.Name, t.FormCode, t.TargetGroup, t.Scale, t.Provider, t.Link, t.Active, t.Version);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Name = FormErrors.Trimmed(Name);
        TargetGroup = FormErrors.Trimmed(TargetGroup);
        Provider = FormErrors.Trimmed(Provider);
        Link = FormErrors.Trimmed(Link);
        FormCode = FormErrors.Trimmed(FormCode);
        if (Name is null) { ModelState.AddModelError(nameof(Name), "Vul de naam van de training in."); }
        if (TargetGroup is null) { ModelState.AddModelError(nameof(TargetGroup), "Vul de doelgroep in."); }
        if (Provider is null) { ModelState.AddModelError(nameof(Provider), "Vul de aanbieder in."); }
        if (Scale is null || !Enum.IsDefined(Scale.Value)) { ModelState.AddModelError(nameof(Scale), "Kies de schaal."); }
        if (FormCode is not null && Forms.All(f => f.Code != FormCode)) { ModelState.AddModelError(nameof(FormCode), "Kies een vorm uit de lijst."); }
        if (Link is not null && !(Uri.TryCreate(Link, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            ModelState.AddModelError(nameof(Link), "Vul een volledige link in, beginnend met https://.");
        }
        foreach (var (key, value, max) in new[] { (nameof(Name), Name, 200), (nameof(TargetGroup), TargetGroup, 200), (nameof(Provider), Provider, 200), (nameof(Link), Link, 500) })
        {
            if (value?.Length > max) { ModelState.AddModelError(key, $"Maximaal {max} tekens."); }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var training = Existing ?? new Training { Name = "", TargetGroup = "", Provider = "" };
        (training.Name, training.FormCode, training.TargetGroup, training.Scale, training.Provider, training.Link, training.Active) =
            (Name!, FormCode, TargetGroup!, Scale!.Value, Provider!, Link, Active);
        if (Existing is null)
        {
            db.Add(training);
        }
        else
        {
            // Once the region edits an example it is its own entry.
            training.IsExample = false;
            db.Entry(training).Property(p => p.Version).OriginalValue = Version;
        }
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            ModelState.Remove(nameof(Version));
            await LoadAsync(id);
            Version = Existing?.Version ?? 0;
            ModelState.AddModelError("", FormErrors.Conflict);
            return Page();
        }
        TempData["Message"] = $"Training '{training.Name}' opgeslagen.";
        return Redirect("/trainingen");
    }

    private async Task<bool> LoadAsync(int? id)
    {
        Forms = await db.ReferenceItems.AsNoTracking().Where(r => r.List == ReferenceList.ExploitationForm && r.Active).OrderBy(r => r.SortOrder).ToListAsync(HttpContext.RequestAborted);
        if (id is { } existing)
        {
            Existing = await db.Set<Training>().FirstOrDefaultAsync(t => t.Id == existing, HttpContext.RequestAborted);
            return Existing is not null;
        }
        return true;
    }
}
