using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Web.Features.Notifications;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Linking.Contracts;

/// <summary>
/// Keeps "Mogelijk verwant" from being an oracle. A person edit that finds new possible links to signals the editor may
/// not see is audited and announced to the chain director of the region, never to the editor; and a user gets only a
/// few such edits per hour before further person edits are refused for the rest of that hour.
/// </summary>
public sealed class LinkProbeGuard(SchakelDb db, AuditLog audit, Notifier notifier, LinkingOptions options, TimeProvider clock, IAuthorizationService authorization)
{
    private const Schakel.Core.Audit.AuditRecordType RecordType = Schakel.Core.Audit.AuditRecordType.SubjectLink;
    private static readonly TimeSpan Window = TimeSpan.FromHours(1);

    public const string LimitMessage =
        "U heeft het afgelopen uur te vaak persoonsgegevens gewijzigd die een mogelijk verband met meldingen elders opleverden. Probeer het over een uur opnieuw of neem contact op met de ketenregisseur.";

    public async Task<bool> MayEditAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.UserId() is not { } userId)
        {
            return false;
        }
        var since = (clock.GetUtcNow() - Window).UtcTicks;
        var used = await db.AuditEntries.CountAsync(e => e.UserId == userId && e.Action == AuditAction.Create && e.RecordType == nameof(Schakel.Core.Audit.AuditRecordType.SubjectLink) && e.AtUtcTicks >= since, ct);
        return used < options.OutsideMatchEditsPerHour;
    }

    /// <summary>The subjects this subject is linked to now; taken before an edit, so the edit's new links can be told apart.</summary>
    public Task<List<int>> LinkedAsync(int subjectId, CancellationToken ct) =>
        db.Set<SubjectLink>().Where(l => l.SubjectAId == subjectId || l.SubjectBId == subjectId)
            .Select(l => l.SubjectAId == subjectId ? l.SubjectBId : l.SubjectAId).ToListAsync(ct);

    /// <summary>After the links were refreshed: audits and announces new links to signals outside the editor's view.</summary>
    public async Task AfterEditAsync(ClaimsPrincipal user, Subject subject, IReadOnlyCollection<int> linkedBefore, CancellationToken ct)
    {
        var fresh = (await LinkedAsync(subject.Id, ct)).Except(linkedBefore).ToList();
        if (fresh.Count == 0)
        {
            return;
        }
        var signalIds = await db.Subjects.Where(s => fresh.Contains(s.Id)).Select(s => s.SignalId).Distinct().ToListAsync(ct);
        var signals = await db.Signals.AsNoTracking().Where(s => signalIds.Contains(s.Id)).ToListAsync(ct);
        var scope = await AccessScope.LoadAsync(db, user, ct);
        var outside = 0;
        foreach (var s in signals)
        {
            outside += (await authorization.AuthorizeAsync(user, new SignalInScope(s, scope), SignalOperations.Read)).Succeeded ? 0 : 1;
        }
        if (outside == 0)
        {
            return;
        }
        await audit.RecordAsync(AuditAction.Create, RecordType, subject.Id.ToString(CultureInfo.InvariantCulture), flagged: true,
            details: $"persoon gewijzigd; nieuw mogelijk verband met {outside} melding(en) buiten het eigen zicht", cancellationToken: ct);
        var own = await db.Signals.AsNoTracking().Where(s => s.Id == subject.SignalId).Select(s => s.MunicipalityId).FirstOrDefaultAsync(ct);
        var region = scope.RegionOf(own) ?? scope.OwnRegionId;
        var directors = await Recipients.UsersInRolesAsync(db, [Roles.ChainDirector], ct);
        var inRegion = await db.Users.Where(u => directors.Contains(u.Id) && u.Organisation!.RegionId == region).Select(u => u.Id).ToListAsync(ct);
        await notifier.NotifyUsersAsync(inRegion.Count > 0 ? inRegion : directors, NotificationKind.LinkClusterFlagged,
            "Mogelijk verband tussen meldingen van verschillende gemeenten: beoordeel het", "/koppelen/persoon/" + subject.Id.ToString(CultureInfo.InvariantCulture), ct);
    }
}
