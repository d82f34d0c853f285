using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.BasicLevel;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.BuildingBlocks;

/// <summary>Adds (route "nieuw") or edits a building block. The code is fixed once created: it keys the seed and exports.</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class EditModel(SchakelDb db, ILogger<EditModel> logger) : PageModel
{
    public BuildingBlock? Existing { get; private set; }

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public bool IsOptional { get; set; }
    [BindProperty] public int? SortOrder { get; set; }
    [BindProperty] public bool Active { get; set; } = true;
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (Existing is { } b)
        {
            (Code, Title, Description, IsOptional, SortOrder, Active, Version) = (b.Code, b.Title, b.Description, b.IsOptional, b.SortOrder, b.Active, b.Version);
        }
        else
        {
            SortOrder = (await db.Set<BuildingBlock>().MaxAsync(b => (int?)b.SortOrder) ?? 0) + 10;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var ct = HttpContext.RequestAborted;
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Title = (Title ?? "").Trim();
        Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        if (Existing is null)
        {
            Code = (Code ?? "").Trim().ToUpperInvariant();
            if (!AdminForm.CodePattern().IsMatch(Code))
            {
                ModelState.AddModelError(nameof(Code), AdminForm.CodeMessage);
            }
            else if (await db.Set<BuildingBlock>().AnyAsync(b => b.Code == Code, ct))
            {
                ModelState.AddModelError(nameof(Code), "Er bestaat al een bouwsteen met deze code.");
            }
        }
        if (Title.Length == 0) { ModelState.AddModelError(nameof(Title), "Vul de omschrijving van de bouwsteen in."); }
        else if (Title.Length > 300) { ModelState.AddModelError(nameof(Title), "Maximaal 300 tekens."); }
        if (Description?.Length > 2000) { ModelState.AddModelError(nameof(Description), "Maximaal 2000 tekens."); }
        if (SortOrder is null && ModelState.GetFieldValidationState(nameof(SortOrder)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError(nameof(SortOrder), "Vul de volgorde in (een getal).");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var block = Existing ?? new BuildingBlock { Code = Code!, Title = "" };
        (block.Title, block.Description, block.IsOptional, block.SortOrder, block.Active) = (Title, Description, IsOptional, SortOrder!.Value, Active);
        if (Existing is null)
        {
            db.Add(block);
        }
        else
        {
            db.Entry(block).Property(p => p.Version).OriginalValue = Version;
        }
        if (!await db.SaveUnlessStaleAsync(ct))
        {
            await LoadAsync(id);
            ModelState.Remove(nameof(Version));
            Version = Existing?.Version ?? 0;
            ModelState.AddModelError("", AdminForm.ConflictMessage);
            return Page();
        }
        logger.LogInformation("Administrator {AdminId} saved building block {BlockId}.", User.UserId(), block.Id);
        TempData["Message"] = $"Bouwsteen '{block.Title}' opgeslagen.";
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(string id)
    {
        if (id == "nieuw")
        {
            return true;
        }
        if (!int.TryParse(id, out var blockId))
        {
            return false;
        }
        Existing = await db.Set<BuildingBlock>().FirstOrDefaultAsync(b => b.Id == blockId, HttpContext.RequestAborted);
        return Existing is not null;
    }
}
