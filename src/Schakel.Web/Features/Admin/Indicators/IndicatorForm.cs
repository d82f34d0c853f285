using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Admin.Indicators;

/// <summary>Fields an administrator may change on an indicator; the code and card stay fixed once signals refer to it.</summary>
public class IndicatorFields
{
    [Required(ErrorMessage = "Vul de omschrijving in."), StringLength(300, ErrorMessage = "De omschrijving mag hoogstens 300 tekens lang zijn.")]
    [Display(Name = "Omschrijving")]
    public string Label { get; set; } = "";

    [Required(ErrorMessage = "Vul het gewicht in."), Range(0, 10, ErrorMessage = "Het gewicht moet tussen 0 en 10 liggen.")]
    [Display(Name = "Gewicht")]
    public int? Weight { get; set; }

    public bool Critical { get; set; }

    [Range(0, 9999, ErrorMessage = "De volgorde moet tussen 0 en 9999 liggen.")]
    [Display(Name = "Volgorde")]
    public int? SortOrder { get; set; }
}

public sealed class NewIndicatorInput : IndicatorFields
{
    [Required(ErrorMessage = "Kies de signaalkaart.")]
    [Display(Name = "Signaalkaart")]
    public string FormCode { get; set; } = "";

    [Required(ErrorMessage = "Vul de code in.")]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";
}

public sealed class IndicatorInput : IndicatorFields
{
    public bool Active { get; set; }
    public int Version { get; set; }
}

public sealed record Card(string FormCode, string Title);

public static class IndicatorCards
{
    /// <summary>The general card plus one per form of exploitation, titled as users see them on the signal form.</summary>
    public static async Task<IReadOnlyList<Card>> LoadAsync(SchakelDb db, CancellationToken ct)
    {
        var forms = await db.ReferenceItems.AsNoTracking().Where(i => i.List == ReferenceList.ExploitationForm)
            .OrderBy(i => i.SortOrder).Select(i => new Card(i.Code, i.Label)).ToListAsync(ct);
        return [new Card(ExploitationForms.General, "Algemeen"), .. forms];
    }

    public static string Title(IReadOnlyList<Card> cards, string formCode) => cards.FirstOrDefault(c => c.FormCode == formCode)?.Title ?? formCode;
}
