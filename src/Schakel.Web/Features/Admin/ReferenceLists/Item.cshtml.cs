using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.ReferenceLists;

/// <summary>Edits one value of a code list. The code is shown but never posted: records refer to it.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class ItemModel(SchakelDb db, ILogger<ItemModel> logger) : PageModel
{
    [BindProperty] public ItemInput Input { get; set; } = new();

    public string Slug { get; private set; } = "";
    public string Title { get; private set; } = "";
    public ReferenceItem Item { get; private set; } = null!;
    public ReferenceItem? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(string list, int id)
    {
        if (!await LoadAsync(list, id))
        {
            return NotFound();
        }
        Input = new ItemInput { Label = Item.Label, SortOrder = Item.SortOrder, Active = Item.Active, Version = Item.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string list, int id)
    {
        if (!await LoadAsync(list, id))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Item.Label = Input.Label.Trim();
        Item.SortOrder = Input.SortOrder!.Value;
        Item.Active = Input.Active;
        db.Entry(Item).Property(i => i.Version).OriginalValue = Input.Version;
        if (!await db.SaveUnlessStaleAsync())
        {
            await LoadAsync(list, id);
            Current = Item;
            ModelState.Remove("Input.Version");
            Input.Version = Item.Version;
            ModelState.AddModelError("", AdminForm.ConflictMessage);
            return Page();
        }
        logger.LogInformation("Administrator {AdminId} changed {List} item {Code}.", User.UserId(), Item.List, Item.Code);
        TempData["Message"] = $"{Item.Label} ({Item.Code}) is opgeslagen.";
        return RedirectToPage("List", new { list });
    }

    private async Task<bool> LoadAsync(string slug, int id)
    {
        if (ReferenceListSlugs.Find(slug) is not { } found)
        {
            return false;
        }
        (Slug, Title) = (found.Slug, found.Title);
        var item = await db.ReferenceItems.FirstOrDefaultAsync(i => i.Id == id && i.List == found.List);
        if (item is null)
        {
            return false;
        }
        Item = item;
        return true;
    }
}
