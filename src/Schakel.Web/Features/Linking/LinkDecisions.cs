using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Linking;

public sealed record LinkDecisionResult(bool Succeeded, string? Error = null, bool Conflict = false, bool NotFound = false);

/// <summary>
/// The ketenregisseur's decision on a candidate pair: "zelfde persoon" pairs form persons (clusters), "wel verband"
/// pairs join two persons in a network without making them one, "geen verband" pairs are never proposed again. Who, when and why are kept on the pair and the decision is audited. Nothing is merged.
/// </summary>
public sealed class LinkDecisions(SchakelDb db, AuditLog audit, TimeProvider clock, IAuthorizationService authorization)
{
    public static string ConflictMessage => StaleSave.Message("deze koppeling");

    public async Task<LinkDecisionResult> DecideAsync(ClaimsPrincipal user, int linkId, int version, LinkStatus? decision, string? reason, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.LinkAssessment)).Succeeded)
        {
            return new LinkDecisionResult(false, "Alleen de ketenregisseur beoordeelt koppelingen.");
        }
        var link = await db.Set<SubjectLink>().FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (link is null)
        {
            return new LinkDecisionResult(false, NotFound: true);
        }
        var visible = await LinkVisibility.LoadAsync(db, user, cancellationToken);
        if (!await visible.ShowsAsync(link, cancellationToken))
        {
            // A pair reaching outside the own region answers as if it did not exist.
            return new LinkDecisionResult(false, NotFound: true);
        }
        if (decision is not (LinkStatus.Confirmed or LinkStatus.Related or LinkStatus.Rejected))
        {
            return new LinkDecisionResult(false, "Kies: zelfde persoon, wel verband maar niet dezelfde persoon, of geen verband.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new LinkDecisionResult(false, decision switch
            {
                LinkStatus.Confirmed => "Geef aan waarom dit dezelfde persoon is (bijvoorbeeld: nagevraagd bij de AF, zelfde BRP-gegevens).",
                LinkStatus.Related => "Geef aan welk verband er is tussen deze twee personen (bijvoorbeeld: slachtoffer en verdachte delen een telefoon).",
                _ => "Geef aan waarom dit niet dezelfde persoon is en er geen verband is.",
            });
        }
        if (reason.Length > 2000)
        {
            return new LinkDecisionResult(false, "De toelichting is te lang (maximaal 2000 tekens).");
        }
        if (link.Status != LinkStatus.Candidate || link.Version != version)
        {
            return new LinkDecisionResult(false, ConflictMessage, Conflict: true);
        }
        link.Decide(decision.Value, new Core.Common.Actor(user.UserId(), user.ActorName()), reason, clock.GetUtcNow());
        db.Entry(link).Property(l => l.Version).OriginalValue = version;
        if (!await db.SaveUnlessStaleAsync(cancellationToken))
        {
            return new LinkDecisionResult(false, ConflictMessage, Conflict: true);
        }
        await audit.RecordAsync(user, AuditAction.Update, AuditRecordType.SubjectLink, link.Id.ToString(CultureInfo.InvariantCulture),
            details: $"{LinkLabels.Decision(decision.Value)}: betrokkenen {link.SubjectAId} en {link.SubjectBId}", cancellationToken: cancellationToken);
        return new LinkDecisionResult(true);
    }
}
