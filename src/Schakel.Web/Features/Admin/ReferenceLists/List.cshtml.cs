using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.ReferenceLists;

[Authorize(Policy = Policies.Administration)]
public sealed class ListModel(SchakelDb db, ILogger<ListModel> logger) : PageModel
{
    [BindProperty] public NewItemInput Input { get; set; } = new();

    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public IReadOnlyList<ReferenceItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string list) => await LoadAsync(list) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(string list)
    {
        if (await LoadAsync(list) is not { } kind)
        {
            return NotFound();
        }
        Input.Code = (Input.Code ?? "").Trim().ToUpperInvariant();
        if (ModelState.GetFieldValidationState("Input.Code") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            if (!AdminForm.CodePattern().IsMatch(Input.Code))
            {
                ModelState.AddModelError("Input.Code", AdminForm.CodeMessage);
            }
            else if (Items.Any(i => i.Code == Input.Code))
            {
                ModelState.AddModelError("Input.Code", "Deze code bestaat al in deze lijst.");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var item = new ReferenceItem
        {
            List = kind, Code = Input.Code, Label = Input.Label.Trim(),
            SortOrder = Input.SortOrder ?? (Items.Count == 0 ? 1 : Items.Max(i => i.SortOrder) + 1),
        };
        db.ReferenceItems.Add(item);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone added the same code between our check and this save; the unique index refused it.
            ModelState.AddModelError("Input.Code", "Deze code bestaat al in deze lijst.");
            db.ChangeTracker.Clear();
            return Page();
        }
        logger.LogInformation("Administrator {AdminId} added {List} item {Code}.", User.UserId(), kind, item.Code);
        TempData["Message"] = $"{item.Label} ({item.Code}) is toegevoegd.";
        return RedirectToPage(new { list });
    }

    private async Task<ReferenceList?> LoadAsync(string slug)
    {
        if (ReferenceListSlugs.Find(slug) is not { } found)
        {
            return null;
        }
        (Slug, Title) = (found.Slug, found.Title);
        Items = await db.ReferenceItems.AsNoTracking().Where(i => i.List == found.List).OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync();
        return found.List;
    }
}
