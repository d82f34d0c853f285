using Microsoft.AspNetCore.Mvc.ModelBinding;
using Schakel.Core.Care;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Care;

/// <summary>
/// One care file as the signed-in user may see it, loaded by <see cref="CareFileAccess"/> and rendered by the overview
/// and its section partials. For the municipality's attention officer only status and goals are loaded.
/// </summary>
public sealed class CareFileView
{
    public required CareFile Dossier { get; init; }
    public required TableCase Case { get; init; }
    public required Subject Subject { get; init; }
    public required CareAccess Access { get; init; }
    public required DateOnly Today { get; init; }
    public required ShelterTree Tree { get; init; }

    /// <summary>The case's other care files, for the care track; loaded only for the care coordinator.</summary>
    public IReadOnlyList<CareFile> OtherFilesOfCase { get; init; } = [];

    /// <summary>The section page whose post was refused: its section shows the user's input again, the others the file.</summary>
    public CareSectionPage? Posted { get; set; }

    /// <summary>The tab shown; <see cref="CareTabs.Print"/> shows every part without forms.</summary>
    public string Tab { get; set; } = CareTabs.Overview;
    public bool Print => Tab == CareTabs.Print;

    /// <summary>Whether a part is on the page: on its own tab, or in the print view.</summary>
    public bool Shows(string tab) => Print || Tab == tab;

    public bool Full => Access == CareAccess.Full;
    public bool CanEdit => Full && !Dossier.IsClosed && !Print;
}

public static class CareFormErrors
{
    /// <summary>The message shown next to one form of the care file; keys are per form and per row ("EditNeed-12").</summary>
    public static string? FirstError(this ModelStateDictionary state, string key) => state[key]?.Errors.FirstOrDefault()?.ErrorMessage;
}
