using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Import;

/// <summary>
/// Rolling back one import as a whole, after a confirmation: its signals go, the signals it updated get their earlier
/// values back. Refused after <see cref="ImportBatch.RollbackDays"/> days, with the reason in Dutch. Only the
/// administrator rolls back (the chain director sees the import, but gets 403 here); another region's import is not found.
/// </summary>
[Authorize(Policy = Policies.HistoryImport)]
public sealed class RollbackModel(ImportUploads uploads, ImportEngine engine, IAuthorizationService authorization, TimeProvider clock, ILogger<RollbackModel> logger) : PageModel
{
    public ImportBatch Batch { get; private set; } = null!;

    /// <summary>Why the import cannot be rolled back (now); null when it can.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) =>
        await AllowedAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (await AllowedAsync(id, ct) is { } answer)
        {
            return answer;
        }
        if (Refusal is null)
        {
            var result = await engine.RollbackAsync(id, User, ct);
            if (result.RolledBack)
            {
                logger.LogInformation("User {UserId} rolled back import batch {BatchId}: {Removed} removed, {Restored} restored.", User.UserId(), id, result.SignalsRemoved, result.SignalsRestored);
                TempData["Message"] = string.IsNullOrWhiteSpace(result.Message)
                    ? $"De import is teruggedraaid: {ImportPageText.Number(result.SignalsRemoved)} meldingen verwijderd en {ImportPageText.Number(result.SignalsRestored)} teruggezet."
                    : result.Message;
                return Redirect($"/beheer/import/{id}");
            }
            Refusal = result.Message;
        }
        ModelState.AddModelError(string.Empty, Refusal);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    /// <summary>Null when the user may roll back this import; otherwise 404 (not in the user's region) or 403.</summary>
    private async Task<IActionResult?> AllowedAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        return (await authorization.AuthorizeAsync(User, Policies.HistoryImportRollback)).Succeeded ? null : Forbid();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await uploads.BatchAsync(id, User, ct) is not { } batch)
        {
            return false;
        }
        Batch = batch;
        Refusal = batch.Status switch
        {
            ImportBatchStatus.RolledBack => "Deze import is al teruggedraaid.",
            ImportBatchStatus.Pending or ImportBatchStatus.Running => "Deze import loopt nog. Terugdraaien kan zodra hij klaar is.",
            _ when !batch.CanRollBack(clock.GetUtcNow()) => ImportPageText.RollbackTermPassed(batch),
            _ => null,
        };
        return true;
    }
}
