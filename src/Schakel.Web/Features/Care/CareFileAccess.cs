using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using System.Globalization;
using Schakel.Core.Audit;
using Schakel.Core.Care;
using Schakel.Core.Table;
using Schakel.Web.Features.Table;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Care;

/// <summary>
/// The one door to a care file for the overview and every section page: it decides who may read or change the file
/// and audits each refusal, so the access rule for care files is applied in one place.
/// </summary>
public sealed class CareFileAccess(SchakelDb db, TableDirectory directory, AccessGuard guard, TimeProvider clock, ShelterTree tree)
{
    /// <summary>
    /// The file as <paramref name="user"/> may see it, or the answer for a user who may not see it (404) or, when
    /// <paramref name="edit"/>, may not change it (403).
    /// </summary>
    public async Task<(CareFileView? View, IActionResult? Refused)> LoadAsync(ClaimsPrincipal user, int id, bool edit, CancellationToken ct)
    {
        var file = await db.Set<CareFile>().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (file is null)
        {
            return (null, new NotFoundResult());
        }
        var tableCase = await db.Set<TableCase>().Include(c => c.Tracks).FirstAsync(c => c.Id == file.CaseId, ct);
        var table = (await directory.TableAsync(tableCase.TableId, ct))!;
        var resource = new CareFileAtTable(table, tableCase, file);
        // Care file numbers are sequential: a file the user may not see answers as if it did not exist (404); one the
        // user may read but not change answers 403.
        if (await guard.RefuseUnlessAsync(user, resource, edit ? CareFileOperations.Edit : CareFileOperations.Read,
                Refusal.HiddenUnlessAllowed(CareFileOperations.Read, AuditRecordType.CareFile, id.ToString(CultureInfo.InvariantCulture)), ct) is { } refused)
        {
            return (null, refused);
        }
        var access = await guard.AllowsAsync(user, resource, CareFileOperations.Edit) ? CareAccess.Full : CareAccess.Summary;
        // Goals are part of the summary; the rest is loaded only for the care coordinator.
        await db.Entry(file).Collection(f => f.Goals).LoadAsync(ct);
        List<CareFile> others = [];
        if (access == CareAccess.Full)
        {
            await db.Entry(file).Collection(f => f.Needs).LoadAsync(ct);
            await db.Entry(file).Collection(f => f.Placements).LoadAsync(ct);
            await db.Entry(file).Collection(f => f.Milestones).LoadAsync(ct);
            await db.Entry(file).Collection(f => f.Contacts).LoadAsync(ct);
            await db.Entry(file).Collection(f => f.Consents).LoadAsync(ct);
            others = await db.Set<CareFile>().AsNoTracking().Where(f => f.CaseId == file.CaseId && f.Id != file.Id).ToListAsync(ct);
        }
        var subject = await db.Subjects.FirstAsync(s => s.Id == file.SubjectId, ct);
        return (new CareFileView
        {
            Dossier = file, Case = tableCase, Subject = subject, Access = access, Today = DutchTime.Today(clock), Tree = tree, OtherFilesOfCase = others,
        }, null);
    }
}
