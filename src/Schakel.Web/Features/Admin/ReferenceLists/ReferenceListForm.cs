using System.ComponentModel.DataAnnotations;
using Schakel.Core.Labels;
using Schakel.Core.Reference;

namespace Schakel.Web.Features.Admin.ReferenceLists;

/// <summary>The maintainable code lists by their Dutch address segment.</summary>
public static class ReferenceListSlugs
{
    public static readonly IReadOnlyList<(string Slug, ReferenceList List, string Title)> All =
    [
        ("vormen", ReferenceList.ExploitationForm, MiscLabels.Dutch(ReferenceList.ExploitationForm)),
        ("meldertypen", ReferenceList.MelderType, MiscLabels.Dutch(ReferenceList.MelderType)),
        ("sectoren", ReferenceList.Sector, MiscLabels.Dutch(ReferenceList.Sector)),
    ];

    public static (string Slug, ReferenceList List, string Title)? Find(string slug) =>
        All.Where(x => x.Slug == slug).Select(x => ((string, ReferenceList, string)?)x).FirstOrDefault();
}

public sealed class NewItemInput
{
    [Required(ErrorMessage = "Vul de code in.")]
    [Display(Name = "Code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Vul de omschrijving in."), StringLength(200, ErrorMessage = "De omschrijving mag hoogstens 200 tekens lang zijn.")]
    [Display(Name = "Omschrijving")]
    public string Label { get; set; } = "";

    [Range(0, 9999, ErrorMessage = "De volgorde moet tussen 0 en 9999 liggen.")]
    [Display(Name = "Volgorde")]
    public int? SortOrder { get; set; }
}

public sealed class ItemInput
{
    [Required(ErrorMessage = "Vul de omschrijving in."), StringLength(200, ErrorMessage = "De omschrijving mag hoogstens 200 tekens lang zijn.")]
    [Display(Name = "Omschrijving")]
    public string Label { get; set; } = "";

    [Required(ErrorMessage = "Vul de volgorde in."), Range(0, 9999, ErrorMessage = "De volgorde moet tussen 0 en 9999 liggen.")]
    [Display(Name = "Volgorde")]
    public int? SortOrder { get; set; }

    public bool Active { get; set; }

    public int Version { get; set; }
}
