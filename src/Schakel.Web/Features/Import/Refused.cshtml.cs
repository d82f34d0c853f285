using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Import;

/// <summary>
/// The rows an import refused or imported with a remark, with their Dutch messages. The messages may quote what the
/// file said about a person, so reading them is audited.
/// </summary>
[Authorize(Policy = Policies.HistoryImport)]
public sealed class RefusedModel(ImportUploads uploads, AuditLog audit) : PageModel
{
    public ImportBatch Batch { get; private set; } = null!;
    public IReadOnlyList<ImportRowResult> Rows { get; private set; } = [];
    public bool Kept { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await uploads.BatchAsync(id, User, ct) is not { } batch)
        {
            return NotFound();
        }
        Batch = batch;
        var upload = await uploads.OfBatchAsync(id, ct);
        Kept = upload?.ProblemsJson is not null;
        Rows = upload is null ? [] : ImportRunner.Problems(upload);
        await audit.RecordAsync(AuditAction.Read, AuditRecordType.SignalImport, id.ToString(CultureInfo.InvariantCulture),
            details: $"geweigerde rijen van import {id}", cancellationToken: ct);
        return Page();
    }
}
