using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Consultations;
using Schakel.Core.Signals;
using Schakel.Web.Features.Table.Contracts;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Home;

/// <summary>
/// The start page's cards per role. Each count uses the same need-to-know filter as the page its link opens
/// (<see cref="AccessPolicy.VisibleSignals"/> with the queue's own municipality rule, the user's own actions and
/// invitations, the tables the user sits at), so a card never counts what the page behind it would not show.
/// </summary>
public sealed partial class AttentionCards(SchakelDb db, TableDirectory tables, LinkingOptions linking, FigureDisclosure disclosure, TimeProvider clock)
{
    public async Task<List<AttentionCard>> ForAsync(HttpContext http, CancellationToken ct)
    {
        var user = http.User;
        var cards = new List<AttentionCard>();
        if (user.IsInRole(Roles.AttentionOfficer))
        {
            cards.AddRange(await AttentionOfficerAsync(user, ct));
        }
        if (user.IsInRole(Roles.ChainDirector))
        {
            cards.AddRange(await ChainDirectorAsync(user, ct));
        }
        if (PolicyRoles.TablePartners.Any(user.IsInRole))
        {
            cards.AddRange(await TablePartnerAsync(user, ct));
        }
        if (user.IsInRole(Roles.PolicyMaker))
        {
            cards.Add(await LatestMonthAsync(http, ct));
        }
        if (user.IsInRole(Roles.PrivacyOfficer))
        {
            cards.AddRange(await PrivacyAsync(user, ct));
        }
        if (user.IsInRole(Roles.Administrator))
        {
            cards.AddRange(await AdministratorAsync(user, ct));
        }
        if (user.IsInRole(Roles.Reporter))
        {
            cards.Add(await MySignalsAsync(user, ct));
        }
        // A user with several roles would otherwise see the same card twice (own actions, pre-round, next meeting).
        return cards.DistinctBy(c => c.Key).ToList();
    }

    private async Task<List<AttentionCard>> AttentionOfficerAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var municipality = user.OrganisationId();
        var queue = db.Signals.VisibleSignals(user, await AccessScope.LoadAsync(db, user, ct)).Where(s => s.MunicipalityId == municipality);
        var fresh = await queue.CountAsync(s => s.Status == SignalStatus.New, ct);
        var acute = await queue.CountAsync(s => s.IsAcute && (s.Status == SignalStatus.New || s.Status == SignalStatus.InProgress), ct);
        // Sent back: still with the municipality, and the last change of status was the chain director's question.
        var sentBack = await queue.CountAsync(s => s.Status == SignalStatus.InProgress
            && s.Events.Where(e => e.ToStatus != null).OrderByDescending(e => e.Id).Select(e => e.Description).FirstOrDefault() == Signal.SentBackLine, ct);
        var cards = new List<AttentionCard>
        {
            AttentionCard.Of("nieuw", "Nieuwe meldingen", fresh, "/meldingen", "Naar de wachtrij")
                with { Detail = "Nog door niemand opgepakt, in uw gemeente." },
            AttentionCard.Of("acuut", "Acute meldingen", acute, "/meldingen?AcuteOnly=true", "Acute meldingen bekijken")
                with { Badge = acute > 0 ? SignalRow.AcuteBadge : null },
            AttentionCard.Of("teruggestuurd", "Teruggestuurd door de ketenregisseur", sentBack, "/meldingen", "Vragen van de ketenregisseur beantwoorden"),
        };
        cards.Add(await OverdueActionsAsync(user, ct));
        cards.Add(await ConsultationsAsync(user, ct));
        cards.AddRange(await PreRoundAsync(user, ct));
        return cards;
    }

    private async Task<AttentionCard> MySignalsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.UserId();
        var mine = db.Signals.Where(s => s.CreatedByUserId == userId);
        var open = await mine.CountAsync(s => s.Status == SignalStatus.New, ct);
        return AttentionCard.Of("mijn-meldingen", "Mijn meldingen", await mine.CountAsync(ct), "/mijn-meldingen", "Mijn meldingen bekijken")
            with { Detail = open == 1 ? "Waarvan 1 nog niet opgepakt." : $"Waarvan {open} nog niet opgepakt." };
    }

    private async Task<AttentionCard> OverdueActionsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var overdue = (await OverdueActions.ForAsync(db, user.UserId(), clock, ct)).Count;
        return AttentionCard.Of("verlopen-acties", "Mijn verlopen acties", overdue, "/mijn-acties", "Naar mijn acties")
            with { Badge = overdue > 0 ? new Badge("Verlopen", BadgeTone.Danger) : null };
    }

    private async Task<AttentionCard> ConsultationsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.UserId() ?? "";
        var asked = await db.Set<AcuteConsultation>().CountAsync(c => c.ClosedAt == null && c.Invitations.Any(i => i.UserId == userId && i.AnsweredAt == null), ct);
        return AttentionCard.Of("spoed-mdo", "Spoed-MDO: uw advies gevraagd", asked, "/spoed-mdo", "Naar de spoed-MDO's");
    }
}
