using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Import;

/// <summary>
/// Step 3 of an import: what the import would do, read from the whole file with the chosen mapping and without writing
/// anything. "Importeren" creates the batch and hands it to the background runner.
/// </summary>
[Authorize(Policy = Policies.HistoryImport)]
public sealed class DryRunModel(ImportUploads uploads, ImportEngine engine, ImportRunnerSignal runner, SchakelDb db, ILogger<DryRunModel> logger) : PageModel
{
    public ImportUpload Upload { get; private set; } = null!;
    public ImportReport Report { get; private set; } = null!;

    /// <summary>Whether the import would change anything; otherwise there is no button.</summary>
    public bool HasWork => Report.SignalsInserted + Report.SignalsUpdated > 0;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } file)
        {
            return Answer;
        }
        try
        {
            Report = await engine.DryRunAsync(ImportUploads.Request(Upload, file, User), ct);
        }
        catch (ImportFileException)
        {
            return RedirectToPage("Columns", new { id });
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is not { } file)
        {
            return Answer;
        }
        var batch = await engine.CreateBatchAsync(ImportUploads.Request(Upload, file, User), ct);
        Upload.BatchId = batch.Id;
        // The batch exists now; the upload must point at it even if the user has already gone.
        await db.SaveChangesAsync(CancellationToken.None);
        runner.Wake();
        logger.LogInformation("User {UserId} started import batch {BatchId} from upload {UploadId}.", User.UserId(), batch.Id, Upload.Id);
        TempData["Message"] = "De import is gestart. Hij loopt op de achtergrond door, ook als u deze pagina sluit.";
        return Redirect($"/beheer/import/{batch.Id}");
    }

    private IActionResult Answer { get; set; } = null!;

    /// <summary>The upload's file; null with <see cref="Answer"/> set when the page cannot be shown.</summary>
    private async Task<ImportFile?> LoadAsync(int id, CancellationToken ct)
    {
        if (await uploads.WorkOnAsync(id, User, ct) is not { } work)
        {
            Answer = NotFound();
            return null;
        }
        if (work.Upload.BatchId is { } batchId)
        {
            Answer = Redirect($"/beheer/import/{batchId}");
            return null;
        }
        Upload = work.Upload;
        if (work.File is null)
        {
            Answer = NotFound();
            return null;
        }
        if (Upload.Mapping.Columns.Count == 0)
        {
            Answer = RedirectToPage("Columns", new { id });
            return null;
        }
        return work.File;
    }
}
