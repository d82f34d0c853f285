using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;
using Schakel.Web.Infrastructure.Web;

namespace Schakel.Web.Features.Import;

/// <summary>The region's earlier imports and the upload of a new file; the upload goes on to the column mapping.</summary>
[Authorize(Policy = Policies.HistoryImport)]
// Room above the limit so a somewhat larger file gets the Dutch message instead of a bare 413.
[RequestSizeLimit(2 * ImportUpload.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 2 * ImportUpload.MaxBytes)]
public sealed class IndexModel(SchakelDb db, ImportUploads uploads, ImportEngine engine, AuditLog audit, IAuthorizationService authorization, TimeProvider clock, ILogger<IndexModel> logger) : PageModel
{
    private static readonly string[] Spreadsheets = [".xlsx", ".csv"];

    /// <summary>Longer names would not fit the upload's column (PostgreSQL refuses them) and no list could show them.</summary>
    public const int MaxFileName = 200;

    public IReadOnlyList<ImportBatch> Batches { get; private set; } = [];
    public IReadOnlyList<string> Sources { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }

    /// <summary>Whether the list offers the rollback: only the administrator rolls back.</summary>
    public bool MayRollBack { get; private set; }

    [BindProperty, Display(Name = "Naam van de bron")]
    [Required(ErrorMessage = "Geef de naam van de bron, bijvoorbeeld ‘ZVH-lijst 2015-2024’.")]
    [StringLength(200, ErrorMessage = "De naam van de bron mag hoogstens 200 tekens lang zijn.")]
    public string SourceName { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? Page() : Forbid();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (await uploads.RegionOfAsync(User, ct) is not { } region)
        {
            return Forbid();
        }
        if (await uploads.WaitingOfAsync(User, ct) >= ImportUpload.MaxWaitingPerUser)
        {
            ModelState.AddModelError("file", $"U heeft al {ImportUpload.MaxWaitingPerUser} bestanden klaarstaan die nog niet zijn geïmporteerd. "
                + "Importeer eerst een van die bestanden; een bestand dat niet wordt geïmporteerd, verdwijnt na een dag vanzelf.");
            await LoadAsync(ct);
            return Page();
        }
        var bytes = await ReadAsync(file, ct);
        if (bytes is not null && ModelState.IsValid)
        {
            SourceName = SourceName.Trim();
            try
            {
                // Reading the header and a few rows is enough to refuse what is not a spreadsheet, with the reader's reason.
                await engine.PreviewAsync(ImportFile.FromBytes(FileName(file!), bytes), region, SourceName, null, ct);
                var upload = await uploads.StoreAsync(region, FileName(file!), SourceName, bytes, User, ct);
                // The file holds names, dates of birth and phone numbers: storing it is a write of personal data.
                await audit.RecordAsync(AuditAction.Create, AuditRecordType.SignalImport, ImportUploads.AuditId(upload.Id),
                    details: $"importbestand {upload.Id} opgeslagen voor bron ‘{SourceName}’ ({bytes.Length} bytes)", cancellationToken: CancellationToken.None);
                logger.LogInformation("User {UserId} uploaded import file {UploadId} ({Bytes} bytes) for region {RegionId}.", User.UserId(), upload.Id, bytes.Length, region);
                return RedirectToPage("Columns", new { id = upload.Id });
            }
            catch (ImportFileException ex)
            {
                ModelState.AddModelError("file", ex.Message);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>The file's bytes, or null with the reason on the form.</summary>
    private async Task<byte[]?> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Kies het bestand met de meldingen: een Excel-bestand (.xlsx) of een CSV-bestand (.csv).");
            return null;
        }
        var name = FileName(file);
        if (TextInput.HasForbiddenControl(name))
        {
            ModelState.AddModelError("file", "De naam van het bestand bevat onzichtbare stuurtekens. Geef het bestand een andere naam en kies het opnieuw.");
            return null;
        }
        if (name.Length > MaxFileName)
        {
            ModelState.AddModelError("file", $"De naam van het bestand is langer dan {MaxFileName} tekens. Geef het bestand een kortere naam en kies het opnieuw.");
            return null;
        }
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (extension == ".xls")
        {
            ModelState.AddModelError("file", "Schakel leest geen oude Excel-bestanden (.xls). Open het bestand in Excel en sla het op als Excel-werkmap (.xlsx).");
            return null;
        }
        if (!Spreadsheets.Contains(extension))
        {
            ModelState.AddModelError("file", $"‘{name}’ is geen spreadsheet. Kies een Excel-bestand (.xlsx) of een CSV-bestand (.csv).");
            return null;
        }
        if (file.Length > ImportUpload.MaxBytes)
        {
            ModelState.AddModelError("file", $"Het bestand is groter dan {ImportUpload.MaxBytes / 1024 / 1024} MB. Splits het in delen, of importeer het met de opdrachtregel (schakel signals import).");
            return null;
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>
    /// The name without a path and without bidirectional controls, which would make it read differently on screen than
    /// it is stored; the name comes from the browser's multipart header, where the form-field rule does not reach.
    /// </summary>
    private static string FileName(IFormFile file) => TextInput.WithoutBidiControls(Path.GetFileName(file.FileName));

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await uploads.RegionOfAsync(User, ct) is not { } region)
        {
            return false;
        }
        Now = clock.GetUtcNow();
        MayRollBack = (await authorization.AuthorizeAsync(User, Policies.HistoryImportRollback)).Succeeded;
        // Newest first by id: ids grow with time, and SQLite cannot order by a DateTimeOffset.
        Batches = await db.Set<ImportBatch>().AsNoTracking().Include(b => b.Source).Where(b => b.RegionId == region)
            .OrderByDescending(b => b.Id).Take(200).ToListAsync(ct);
        Sources = await db.Set<ImportSource>().AsNoTracking().Where(s => s.RegionId == region).OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(ct);
        return true;
    }
}
