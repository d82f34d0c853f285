using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Home;

/// <summary>Cards of those who work at the regional table: the chain director and the table partners.</summary>
public sealed partial class AttentionCards
{
    private async Task<List<AttentionCard>> ChainDirectorAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await AccessScope.LoadAsync(db, user, ct);
        var visible = db.Signals.VisibleSignals(user, scope);
        var triage = await visible.CountAsync(s => s.Status == SignalStatus.AwaitingTriage, ct);
        var links = await LinksToDecide.CountAsync(db, user, linking, ct);
        var today = DutchTime.Today(clock);
        var region = scope.OwnRegionId ?? -1;
        var overdue = await db.Set<TableAction>().CountAsync(a => a.Status == ActionStatus.Open && a.DueOn < today
            && db.Set<TableMeeting>().Any(m => m.Id == a.MeetingId && m.Table!.RegionId == region), ct);
        var cards = new List<AttentionCard>
        {
            AttentionCard.Of("triage", "Wachten op triage", triage, "/meldingen/triage", "Naar de triage"),
            AttentionCard.Of("koppelingen", "Koppelingen te beoordelen", links.Candidates, "/koppelen#kandidaten", "Koppelingen beoordelen")
                with { Detail = "Personen in verschillende meldingen die mogelijk dezelfde zijn; u beslist of ze bij elkaar horen." },
            AttentionCard.Of("netwerken", "Gemarkeerde netwerken", links.FlaggedNetworks, "/koppelen#tafel", "Netwerken voor de tafel bekijken")
                with { Detail = "Netwerken van bevestigde koppelingen die voor de tafel zijn gemarkeerd." },
            AttentionCard.Of("verlopen-regio", "Verlopen acties in de regio", overdue, "/tafel", "Naar de regionale tafel")
                with { Badge = overdue > 0 ? new Badge("Verlopen", BadgeTone.Danger) : null },
        };
        cards.AddRange(await PreRoundAsync(user, ct));
        return cards;
    }

    private async Task<List<AttentionCard>> TablePartnerAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.UserId();
        var today = DutchTime.Today(clock);
        var open = await db.Set<TableAction>().CountAsync(a => a.OwnerUserId == userId && a.Status == ActionStatus.Open, ct);
        var overdue = await db.Set<TableAction>().CountAsync(a => a.OwnerUserId == userId && a.Status == ActionStatus.Open && a.DueOn < today, ct);
        var acute = await db.Signals.VisibleSignals(user, await AccessScope.LoadAsync(db, user, ct))
            .CountAsync(s => s.IsAcute && s.Status != SignalStatus.HandledLocally && s.Status != SignalStatus.Answered && s.Status != SignalStatus.ClosedByTable && s.Status != SignalStatus.ClosedInTriage, ct);
        var cards = new List<AttentionCard>
        {
            AttentionCard.Of("mijn-acties", "Mijn open acties", open, "/mijn-acties", "Naar mijn acties")
                with
                {
                    Detail = overdue == 0 ? "Geen daarvan is verlopen." : $"Waarvan {overdue} verlopen; die staan bovenaan.",
                    Badge = overdue > 0 ? new Badge($"{overdue} verlopen", BadgeTone.Danger) : null,
                },
            AttentionCard.Of("acuut-tafel", "Acute meldingen", acute, "#wachtrij", "Naar de lijst hieronder")
                with { Badge = acute > 0 ? SignalRow.AcuteBadge : null },
        };
        cards.AddRange(await PreRoundAsync(user, ct));
        return cards;
    }

    /// <summary>The pre-round to answer and the next meeting, at the tables this user sits at (as <c>/tafel</c> lists them).</summary>
    private async Task<List<AttentionCard>> PreRoundAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var seated = (await tables.TablesOfAsync(user, ct)).Select(t => t.Id).ToList();
        if (seated.Count == 0)
        {
            return [];
        }
        var userId = user.UserId();
        var now = clock.GetUtcNow();
        var coming = db.Set<TableMeeting>().Where(m => seated.Contains(m.TableId) && m.StartsAt >= now);
        var toAnswer = await coming
            .Where(m => m.PreRoundSentAt != null && m.Items.Any() && !db.Set<PreRoundAnswer>().Any(a => a.MeetingId == m.Id && a.UserId == userId))
            .OrderBy(m => m.StartsAt).Select(m => m.Id).ToListAsync(ct);
        var next = await coming.OrderBy(m => m.StartsAt).Select(m => new { m.Id, m.StartsAt, Items = m.Items.Count, Table = m.Table!.Name }).FirstOrDefaultAsync(ct);
        var cards = new List<AttentionCard>
        {
            AttentionCard.Of("voorronde", "Voorronde te beantwoorden", toAnswer.Count,
                toAnswer.Count == 1 ? $"/tafel/vergaderingen/{toAnswer[0]}/voorronde" : "/tafel", toAnswer.Count == 1 ? "Voorronde invullen" : "Naar de regionale tafel"),
        };
        cards.Add(next is null
            ? AttentionCard.Of("vergadering", "Volgende vergadering", 0, "/tafel", "Naar de regionale tafel") with { Detail = "Er is geen vergadering gepland." }
            : AttentionCard.Of("vergadering", "Volgende vergadering", next.Items, $"/tafel/vergaderingen/{next.Id}", "Naar de vergadering")
                with { Detail = $"{next.Table}, {DutchTime.Format(next.StartsAt)}; het getal is het aantal punten op de agenda." });
        return cards;
    }
}
