using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Import;

/// <summary>One source value of a coded column and the Schakel code chosen for it, as the code page posts it.</summary>
public sealed class CodeChoice
{
    public ImportCodeList List { get; set; }
    public string Value { get; set; } = "";
    public string? Code { get; set; }
}

/// <summary>
/// Step 2 of an import: every distinct value of each coded column (municipality, form, sector, status, …) with the
/// Schakel code it becomes, pre-filled from the source's remembered codes or Schakel's suggestion.
/// </summary>
[Authorize(Policy = Policies.HistoryImport)]
public sealed class CodesModel(ImportUploads uploads, ImportEngine engine, SchakelDb db, AuditLog audit) : PageModel
{
    public ImportUpload Upload { get; private set; } = null!;

    /// <summary>The values per code list, in the order the dry run found them.</summary>
    public IReadOnlyList<IGrouping<ImportCodeList, ImportCodeOutcome>> Lists { get; private set; } = [];

    public IReadOnlyDictionary<ImportCodeList, IReadOnlyList<ImportCodeOption>> Options { get; private set; } = new Dictionary<ImportCodeList, IReadOnlyList<ImportCodeOption>>();

    [BindProperty]
    public List<CodeChoice> Codes { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } answer)
        {
            return answer;
        }
        var mapping = Upload.Mapping;
        Codes = Lists.SelectMany(g => g).Select(o => new CodeChoice
        {
            List = o.List, Value = o.SourceValue, Code = mapping.CodeFor(o.List, o.SourceValue) ?? o.SchakelCode ?? o.Suggestion,
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } answer)
        {
            return answer;
        }
        var mapping = Upload.Mapping;
        for (var i = 0; i < Codes.Count; i++)
        {
            var choice = Codes[i];
            if (!Enum.IsDefined(choice.List) || string.IsNullOrEmpty(choice.Value))
            {
                continue;
            }
            if (string.IsNullOrEmpty(choice.Code))
            {
                mapping.Codes.GetValueOrDefault(choice.List)?.Remove(ImportCodes.Normalise(choice.Value));
                continue;
            }
            if (choice.Code != ImportCodes.Ignore && !await KnownAsync(choice.List, choice.Code, ct))
            {
                ModelState.AddModelError($"{nameof(Codes)}[{i}].{nameof(CodeChoice.Code)}", $"Kies voor ‘{choice.Value}’ een code uit de lijst.");
                continue;
            }
            mapping.SetCode(choice.List, choice.Value, choice.Code);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Upload.Mapping = mapping;
        try
        {
            await db.SaveChangesAsync(ct);
            await audit.RecordAsync(AuditAction.Update, AuditRecordType.SignalImport, ImportUploads.AuditId(Upload.Id),
                details: $"codekoppeling van importbestand {Upload.Id} gewijzigd", cancellationToken: CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(Codes), StaleSave.Message("de koppeling van dit bestand"));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        return RedirectToPage("DryRun", new { id });
    }

    public IReadOnlyList<ImportCodeOption> OptionsFor(ImportCodeList list) => Options.TryGetValue(list, out var options) ? options : [];

    /// <summary>The index of a value in <see cref="Codes"/>, which is also its form field's index.</summary>
    public int IndexOf(ImportCodeOutcome outcome) =>
        Codes.FindIndex(c => c.List == outcome.List && string.Equals(c.Value, outcome.SourceValue, StringComparison.Ordinal));

    public static string HowText(ImportCodeOutcome outcome) => outcome.How switch
    {
        ImportCodeHow.Mapped => "gekoppeld bij een eerdere import",
        ImportCodeHow.Automatic => "herkend",
        _ => outcome.Suggestion is null ? "nog niet gekoppeld" : "voorstel van Schakel",
    };

    private async Task<bool> KnownAsync(ImportCodeList list, string code, CancellationToken ct)
    {
        if (!Options.ContainsKey(list))
        {
            Options = new Dictionary<ImportCodeList, IReadOnlyList<ImportCodeOption>>(Options) { [list] = await engine.OptionsAsync(list, Upload.RegionId, ct) };
        }
        return OptionsFor(list).Any(o => o.Code == code);
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        if (await uploads.WorkOnAsync(id, User, ct) is not { } work)
        {
            return NotFound();
        }
        if (work.Upload.BatchId is { } batchId)
        {
            return Redirect($"/beheer/import/{batchId}");
        }
        Upload = work.Upload;
        if (work.File is null)
        {
            return NotFound();
        }
        if (Upload.Mapping.Columns.Count == 0)
        {
            return RedirectToPage("Columns", new { id });
        }
        try
        {
            var report = await engine.DryRunAsync(ImportUploads.Request(Upload, work.File, User), ct);
            Lists = report.Codes.GroupBy(c => c.List).OrderBy(g => g.Key).ToList();
        }
        catch (ImportFileException)
        {
            // The header row or the columns no longer fit the file: back to the columns, which say why.
            return RedirectToPage("Columns", new { id });
        }
        var options = new Dictionary<ImportCodeList, IReadOnlyList<ImportCodeOption>>();
        foreach (var list in Lists.Select(g => g.Key))
        {
            options[list] = await engine.OptionsAsync(list, Upload.RegionId, ct);
        }
        Options = options;
        return null;
    }
}
