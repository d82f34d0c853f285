using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Import;

/// <summary>
/// Step 1 of an import: which column of the file fills which field of Schakel. Starts from the mapping chosen before on
/// this page, else the source's remembered mapping, else the guess from the column names.
/// </summary>
[Authorize(Policy = Policies.HistoryImport)]
public sealed class ColumnsModel(ImportUploads uploads, ImportEngine engine, SchakelDb db, AuditLog audit) : PageModel
{
    /// <summary>Sample rows shown under each column.</summary>
    public const int SampleRows = 3;

    public ImportUpload Upload { get; private set; } = null!;
    public ImportPreview? Preview { get; private set; }

    /// <summary>Why the file could not be read with the chosen header row; the page then offers only another header row.</summary>
    public string? FileError { get; private set; }

    /// <summary>Per column (by position) the chosen <see cref="ImportField"/> name; empty: not imported.</summary>
    [BindProperty]
    public List<string?> Fields { get; set; } = [];

    [BindProperty]
    public int? HeaderRow { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } answer)
        {
            return answer;
        }
        var preview = Preview!;
        var mapping = Upload.MappingJson is null ? preview.Mapping : Upload.Mapping;
        Fields = preview.Columns.Select(c => mapping.Columns.Where(m => Same(m.Value, c.Header)).Select(m => m.Key.ToString()).FirstOrDefault()).ToList();
        HeaderRow = preview.HeaderRow;
        return await ShowAsync(ct);
    }

    /// <summary>Reads the file again with another row as the header; the column choices start over from there.</summary>
    public async Task<IActionResult> OnPostHeaderAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } answer)
        {
            return answer;
        }
        if (HeaderRow is not { } row || row < 1 || row > ImportFileReader.HeaderSearchRows)
        {
            ModelState.AddModelError(nameof(HeaderRow), $"Geef het nummer van de rij met de kolomnamen: een getal van 1 tot en met {ImportFileReader.HeaderSearchRows}.");
            Fields = Preview?.Columns.Select(_ => (string?)null).ToList() ?? [];
            return Page();
        }
        var mapping = Upload.Mapping;
        mapping.HeaderRow = row;
        mapping.Columns.Clear();
        Upload.Mapping = mapping;
        return await SaveAsync(() => RedirectToPage("Columns", new { id }));
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } answer)
        {
            return answer;
        }
        var preview = Preview!;
        var chosen = new Dictionary<ImportField, List<ImportColumn>>();
        foreach (var column in preview.Columns)
        {
            var value = column.Index < Fields.Count ? Fields[column.Index] : null;
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }
            if (!Enum.TryParse<ImportField>(value, out var field) || !Enum.IsDefined(field))
            {
                ModelState.AddModelError(FieldKey(column), $"Kies voor kolom {column.Letter} een veld uit de lijst.");
                continue;
            }
            (chosen.TryGetValue(field, out var list) ? list : chosen[field] = []).Add(column);
        }
        foreach (var (field, columns) in chosen.Where(c => c.Value.Count > 1))
        {
            ModelState.AddModelError(FieldKey(columns[1]),
                $"De kolommen {string.Join(" en ", columns.Select(c => c.Letter))} zijn allebei gekoppeld aan ‘{ImportFields.Dutch(field)}’. Kies voor elk veld één kolom.");
        }
        foreach (var field in ImportFields.Required.Where(f => !chosen.ContainsKey(f)))
        {
            ModelState.AddModelError(nameof(Fields), $"Koppel een kolom aan ‘{ImportFields.Dutch(field)}’: zonder dat veld kan Schakel een melding niet importeren.");
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync(ct);
        }
        // The source's remembered codes come along the first time, so the code page starts from them too.
        var mapping = Upload.MappingJson is null ? preview.Mapping.Clone() : Upload.Mapping;
        mapping.Columns = chosen.ToDictionary(c => c.Key, c => c.Value[0].Header);
        mapping.HeaderRow = preview.HeaderRow;
        Upload.Mapping = mapping;
        return await SaveAsync(() => RedirectToPage("Codes", new { id }));
    }

    public static string FieldKey(ImportColumn column) => $"{nameof(Fields)}[{column.Index}]";

    public string? Chosen(ImportColumn column) => column.Index < Fields.Count ? Fields[column.Index] : null;

    /// <summary>The page with the file's first rows, which name persons: each showing is an audited read.</summary>
    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.SignalImport, ImportUploads.AuditId(Upload.Id),
            details: $"kolommen en eerste {SampleRows} rijen van importbestand {Upload.Id}", cancellationToken: ct);
        return Page();
    }

    private async Task<IActionResult> SaveAsync(Func<IActionResult> then)
    {
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            await audit.RecordAsync(AuditAction.Update, AuditRecordType.SignalImport, ImportUploads.AuditId(Upload.Id),
                details: $"kolomkoppeling van importbestand {Upload.Id} gewijzigd", cancellationToken: CancellationToken.None);
            return then();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(nameof(Fields), StaleSave.Message("de koppeling van dit bestand"));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }

    /// <summary>Null when the page can be shown; otherwise the answer (not found, or on to the import it became).</summary>
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
        if (work.File is null)
        {
            return NotFound();
        }
        Upload = work.Upload;
        try
        {
            Preview = await engine.PreviewAsync(work.File, Upload.RegionId, Upload.SourceName, Upload.Mapping.HeaderRow, ct);
        }
        catch (ImportFileException ex)
        {
            FileError = ex.Message;
            HeaderRow ??= Upload.Mapping.HeaderRow;
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return HttpMethods.IsGet(Request.Method) || Request.Query["handler"] != "Header" ? Page() : null;
        }
        return null;
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
