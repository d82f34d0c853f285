using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Security;
using static Schakel.Testing.RouteCatalogue;

namespace Schakel.IntegrationTests.Security;

/// <summary>
/// The start-page cards of every demo role while another region gets work of every kind the cards count: new, acute and
/// triage signals, an overdue action at its table, a break-glass use to judge. Not one card of the demo region moves.
/// </summary>
public sealed partial class StartPageCardRegionTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    /// <summary>
    /// Cards about the whole system by design: the administrator manages every account and the outbox, the audit chain is
    /// one chain, and the latest month's figure is the dashboard's, which shows all regions (with its small-number rule).
    /// </summary>
    private static readonly string[] SystemWide = ["gebruikers", "mail", "auditketen", "cijfers"];

    private static Dictionary<string, int> Cards(string html) =>
        CardCount().Matches(html).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));

    private async Task<Dictionary<string, Dictionary<string, int>>> AllCardsAsync()
    {
        var cards = new Dictionary<string, Dictionary<string, int>>();
        foreach (var account in DemoRoles)
        {
            var session = await WebSession.SignedInAsync(factory, account);
            cards[account] = Cards(await session.GetHtmlAsync("/"));
        }
        return cards;
    }

    private Task<string> ReportInAsync(string municipality) =>
        PublicForm.ReportAsync(factory, municipality, "Vrouw wordt elke nacht bij een pand afgezet.", "Olena");

    [Fact]
    public async Task Work_of_another_region_moves_no_card_of_any_role_of_this_region()
    {
        await SecondRegion.EnsureAsync(factory);
        var before = await AllCardsAsync();
        before[Keten].Keys.ShouldContain("triage");
        before[AfZwolle].Keys.ShouldContain("acuut");

        var fresh = await ReportInAsync("Enschede");
        var acute = await ReportInAsync("Enschede");
        var triage = await ReportInAsync("Hengelo");
        var meeting = await SecondRegion.MeetingAsync(factory);
        await factory.WithAsync(async db =>
        {
            await db.Signals.Where(s => s.Reference == acute).ExecuteUpdateAsync(s => s.SetProperty(x => x.IsAcute, true));
            await db.Signals.Where(s => s.Reference == triage).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, SignalStatus.AwaitingTriage));
            var owner = await db.Users.FirstAsync(u => u.Email == SecondRegion.CareCoordinator);
            db.Set<TableAction>().Add(new TableAction
            {
                MeetingId = meeting, Description = "Opvang regelen", OwnerUserId = owner.Id, OwnerName = owner.DisplayName,
                DueOn = DateOnly.FromDateTime(factory.Now.UtcDateTime).AddDays(-5), CreatedAt = factory.Now.AddDays(-20),
            });
            var police = await db.Users.FirstAsync(u => u.Email == SecondRegion.Police);
            db.Add(new BreakGlassUse
            {
                UserId = police.Id, UserName = police.DisplayName, SignalId = await db.Signals.Where(s => s.Reference == fresh).Select(s => s.Id).SingleAsync(),
                Purpose = "Acuut gevaar", RequestedAt = factory.Now.AddHours(-1), ExpiresAt = factory.Now.AddHours(3),
            });
            return await db.SaveChangesAsync();
        });
        // The other region's own chain director does see the new work: the data counts where it belongs.
        var twente = Cards(await (await WebSession.SignedInAsync(factory, SecondRegion.ChainDirector)).GetHtmlAsync("/"));
        twente["triage"].ShouldBeGreaterThan(0);
        twente["verlopen-regio"].ShouldBeGreaterThan(0);

        var after = await AllCardsAsync();
        foreach (var account in DemoRoles)
        {
            foreach (var (card, count) in before[account].Where(c => !SystemWide.Contains(c.Key)))
            {
                after[account][card].ShouldBe(count, $"card {card} of {account}");
            }
        }
    }

    [GeneratedRegex("data-testid=\"card-([a-z-]+)\"[\\s\\S]*?data-testid=\"count\"><span>(\\d+)</span>")]
    private static partial Regex CardCount();
}
