using Microsoft.AspNetCore.Mvc;
using Schakel.Core.Care;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Care.Needs;

/// <summary>Care needs per life domain: added, their status moved on, edited in place.</summary>
public sealed class NeedsModel(CareFileAccess access, SchakelDb db, AuditLog audit) : CareSectionPage(access, db, audit)
{
    protected override string Section => "behoeften";

    [BindProperty] public NeedInput Need { get; set; } = new();
    [BindProperty] public NeedInput EditNeed { get; set; } = new();
    [BindProperty] public NeedStatus NewNeedStatus { get; set; }
    [BindProperty] public int ItemId { get; set; }
    [BindProperty] public int ItemVersion { get; set; }

    /// <summary>The row whose edit form shows the user's own input: the one just posted and refused.</summary>
    public bool IsEditing(int itemId) => ItemId == itemId && ModelState[$"EditNeed-{itemId}"]?.Errors.Count > 0;

    public Task<IActionResult> OnPostAsync(int id) => EditAsync(id, "Need", () =>
    {
        if (!Enum.IsDefined(Need.Domain) || !Enum.IsDefined(Need.Status))
        {
            return "Kies een levensgebied en een status.";
        }
        if (CareRules.WhyRangeInvalid(Need.StartsOn, Need.EndsOn, "de zorgbehoefte") is { } why)
        {
            return why;
        }
        Dossier.Needs.Add(CareNeed.Record(Need.Domain, Need.Status, Trim(Need.Provider), Need.StartsOn, Need.EndsOn, Trim(Need.Note)));
        return null;
    }, "Zorgbehoefte toegevoegd.");

    public Task<IActionResult> OnPostStatusAsync(int id) => EditAsync(id, $"Need-{ItemId}", () =>
    {
        var need = Dossier.Needs.FirstOrDefault(n => n.Id == ItemId);
        if (need is null || !Enum.IsDefined(NewNeedStatus))
        {
            return "Deze zorgbehoefte bestaat niet (meer).";
        }
        need.ChangeStatus(NewNeedStatus, Today);
        Db.Entry(need).Property(n => n.Version).OriginalValue = ItemVersion;
        return null;
    }, "Zorgbehoefte bijgewerkt.");

    public Task<IActionResult> OnPostEditAsync(int id) => EditAsync(id, $"EditNeed-{ItemId}", () =>
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
        Db.Entry(need).Property(n => n.Version).OriginalValue = ItemVersion;
        return null;
    }, "Zorgbehoefte gewijzigd.");
}
