using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Figures;
using Schakel.Web.Features.Admin.Contracts;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Home;

/// <summary>Cards of those who oversee rather than handle cases: policy maker, privacy officer, administrator.</summary>
public sealed partial class AttentionCards
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The latest month with figures, published like the dashboard: the same cells, so the same small-number rule.</summary>
    private async Task<AttentionCard> LatestMonthAsync(HttpContext http, CancellationToken ct)
    {
        await new FigureAggregator(db).RefreshAsync(ct);
        var cells = db.Set<FigureMonthCount>().AsNoTracking().Where(c => c.Dimension == FigureDimension.Municipality);
        var month = await cells.Select(c => (int?)c.Month).MaxAsync(ct);
        if (month is not { } latest)
        {
            return AttentionCard.Of("cijfers", "Meldingen laatste maand", 0, "/dashboard", "Naar het dashboard") with { Detail = "Er zijn nog geen cijfers." };
        }
        var total = await cells.Where(c => c.Month == latest).GroupBy(c => 1).Select(g => new { N = g.Sum(c => c.N), S = g.Sum(c => c.IdSum) }).FirstAsync(ct);
        var name = new DateTime(latest / 100, latest % 100, 1).ToString("MMMM yyyy", Dutch);
        return new AttentionCard("cijfers", $"Meldingen in {name}", Disclosure.Show(total.N, total.S, "signal", await disclosure.ForAsync(http)), "/dashboard", "Naar het dashboard")
        {
            Detail = "Meldingen en adviesvragen, gepubliceerd zoals op het dashboard.",
        };
    }

    private async Task<List<AttentionCard>> PrivacyAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        // The uses of the own region, as the review page judges them.
        var scope = await AccessScope.LoadAsync(db, user, ct);
        var orgs = scope.OrganisationsIn([scope.OwnRegionId]);
        var toJudge = await db.Set<BreakGlassUse>().CountAsync(u => u.ReviewedAt == null && db.Signals.Any(s => s.Id == u.SignalId
            && (s.MunicipalityId != null ? orgs.Contains(s.MunicipalityId.Value) : s.MelderOrganisationId != null && orgs.Contains(s.MelderOrganisationId.Value))), ct);
        return
        [
            AttentionCard.Of("noodtoegang", "Noodtoegang te beoordelen", toJudge, "/privacy/noodtoegang", "Noodtoegang beoordelen")
                with { Badge = toJudge > 0 ? new Badge("Te beoordelen", BadgeTone.Warning) : null },
            AuditChainCard(await AuditCheck.LastAsync(db, ct)),
        ];
    }

    /// <summary>
    /// The last check the checkpoint job made of the whole chain, with its time; verifying here would make every load of
    /// the start page as slow as the log is long. The privacy page checks afresh.
    /// </summary>
    private static AttentionCard AuditChainCard(AuditCheck? last)
    {
        if (last is null)
        {
            return AttentionCard.Of("auditketen", "Auditlog", 0, "/privacy/audit", "Auditlog nu controleren")
                with
                {
                    Detail = "De keten is nog niet gecontroleerd. Dat gebeurt vanzelf elke paar minuten; u kunt hem ook nu controleren.",
                    Badge = new Badge("Nog niet gecontroleerd", BadgeTone.Warning),
                };
        }
        var when = $"Laatste controle: {DutchTime.Format(last.At)} ({DutchTime.ZoneLabel.ToLowerInvariant()}).";
        return new AttentionCard("auditketen", "Auditlog", last.Checked.ToString("N0", Dutch), "/privacy/audit", "Auditlog nu controleren")
        {
            Detail = last.Intact ? $"{when} Regels gecontroleerd; de keten is intact."
                : $"{when} De keten is verbroken bij regel {last.BrokenAtSequence!.Value.ToString(CultureInfo.InvariantCulture)}.",
            Badge = last.Intact ? new Badge("Intact", BadgeTone.Ok) : new Badge("Verbroken", BadgeTone.Danger),
        };
    }

    private async Task<List<AttentionCard>> AdministratorAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var users = await db.Users.CountAsync(u => u.Active, ct);
        var dead = await UndeliverableMail.CountAsync(db, ct);
        var cards = new List<AttentionCard>
        {
            AttentionCard.Of("gebruikers", "Actieve gebruikers", users, "/beheer/gebruikers", "Gebruikers beheren"),
            AttentionCard.Of("mail", "Opgegeven uitgaande mail", dead, "/beheer/uitgaande-mail", "Uitgaande mail bekijken")
                with { Badge = dead > 0 ? new Badge("Niet bezorgd", BadgeTone.Danger) : null },
        };
        if (PolicyRoles.RoleRequestReview.Any(user.IsInRole))
        {
            cards.Add(AttentionCard.Of("rolverzoeken", "Rolverzoeken", await PendingRoleRequests.CountAsync(db, user, ct), "/rolverzoeken", "Rolverzoeken beoordelen"));
        }
        return cards;
    }
}
