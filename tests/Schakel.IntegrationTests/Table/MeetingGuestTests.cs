using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Table;

/// <summary>
/// The municipality at the table: preparing a meeting invites the municipality of each item; its attention officer
/// reads that meeting for the own items only and may be named case director, who then reads the case.
/// </summary>
public sealed class MeetingGuestTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Chair = "procesregisseur@demo.schakel.nl";

    /// <summary>The demo's upcoming meeting: the second by date, since preparing it plans more after it.</summary>
    private Task<int> UpcomingAsync() =>
        factory.WithAsync(db => db.Set<TableMeeting>().Where(m => m.Table!.Name == Schakel.Web.Features.Demo.DemoTable.Name).OrderBy(m => m.StartsAt).Skip(1).Select(m => m.Id).FirstAsync());

    private async Task<int> PreparedAsync()
    {
        var meeting = await UpcomingAsync();
        var chair = await WebSession.SignedInAsync(factory, Chair);
        var url = $"/tafel/vergaderingen/{meeting}";
        (await chair.PostFormAsync(url + "?handler=Generate", [], formPage: url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return meeting;
    }

    [Fact]
    public async Task Preparing_a_meeting_invites_each_municipality_with_an_item_and_the_chair_sees_the_list()
    {
        var meeting = await PreparedAsync();
        var guests = await factory.WithAsync(db => (from g in db.Set<MeetingGuest>() join o in db.Organisations on g.OrganisationId equals o.Id
                                                    where g.MeetingId == meeting select o.Name).ToListAsync());
        guests.ShouldContain("Deventer");
        guests.ShouldContain("Kampen");
        guests.ShouldContain("Zwolle", "the case in monitoring is Zwolle's");
        guests.ShouldNotContain("Enschede");

        var chairPage = await (await WebSession.SignedInAsync(factory, Chair)).GetHtmlAsync($"/tafel/vergaderingen/{meeting}");
        chairPage.ShouldContain("Uitgenodigde gemeenten");
        chairPage.ShouldContain("Deventer (uitgenodigd");

        var titles = await factory.WithAsync(async db =>
        {
            var af = await db.Users.Where(u => u.Email == "af.deventer@demo.schakel.nl").Select(u => u.Id).SingleAsync();
            return await db.Notifications.Where(n => n.UserId == af && n.Url == $"/tafel/vergaderingen/{meeting}").Select(n => n.Title).ToListAsync();
        });
        titles.Count.ShouldBe(1);
        titles[0].ShouldContain("bespreekt een punt van uw gemeente");
        titles[0].ShouldNotContain("MH-");

        // Preparing again invites nobody twice.
        await PreparedAsync();
        (await factory.WithAsync(db => db.Set<MeetingGuest>().CountAsync(g => g.MeetingId == meeting))).ShouldBe(guests.Count);
    }

    [Fact]
    public async Task The_invited_attention_officer_sees_only_the_own_items_and_decides_nothing()
    {
        var meeting = await PreparedAsync();
        var (deventer, kampen) = await factory.WithAsync(async db => (
            await db.Set<AgendaItem>().Where(i => i.MeetingId == meeting && i.Signal!.Municipality!.Name == "Deventer").Select(i => i.Signal!.Reference).FirstAsync(),
            await db.Set<AgendaItem>().Where(i => i.MeetingId == meeting && i.Signal!.Municipality!.Name == "Kampen").Select(i => i.Signal!.Reference).FirstAsync()));
        var af = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        var page = await af.GetHtmlAsync($"/tafel/vergaderingen/{meeting}");
        page.ShouldContain("Uw gemeente is uitgenodigd voor haar eigen punten");
        page.ShouldNotContain("Uitgenodigde gemeenten");
        var agenda = WebUtility.HtmlDecode(await af.GetHtmlAsync($"/tafel/vergaderingen/{meeting}/agenda"));
        agenda.ShouldContain(deventer);
        agenda.ShouldNotContain(kampen);
        agenda.ShouldNotContain("Kampen");
        agenda.ShouldNotContain("Zwolle");
        agenda.ShouldContain("andere punten op de agenda");
        agenda.ShouldNotContain("Bespreken en besluiten");

        var item = await factory.ItemIdAsync(meeting, "Deventer");
        (await af.GetAsync($"/tafel/vergaderingen/{meeting}/punten/{item}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await af.GetAsync($"/tafel/vergaderingen/{meeting}/voorronde")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await af.GetHtmlAsync("/tafel")).ShouldContain($"/tafel/vergaderingen/{meeting}/agenda");
    }

    [Fact]
    public async Task An_attention_officer_of_a_municipality_without_an_item_cannot_open_the_meeting()
    {
        await SecondRegion.EnsureAsync(factory);
        var meeting = await PreparedAsync();
        var hengelo = await WebSession.SignedInAsync(factory, SecondRegion.AfHengelo);
        foreach (var page in new[] { "", "/agenda", "/verslag" })
        {
            var response = await hengelo.GetAsync($"/tafel/vergaderingen/{meeting}{page}");
            // A meeting one may not read answers as if it did not exist, as for every other non-member.
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, page);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Deventer");
        }
    }

    [Fact]
    public async Task The_municipality_attention_officer_can_be_named_case_director_and_then_reads_the_case()
    {
        var meeting = await UpcomingAsync();
        var item = await factory.ItemIdAsync(meeting, "Deventer");
        var url = $"/tafel/vergaderingen/{meeting}/punten/{item}";
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var af = await factory.UserIdAsync("af.deventer@demo.schakel.nl");
        var afZwolle = await factory.UserIdAsync("af.zwolle@demo.schakel.nl");
        var form = await secretary.GetHtmlAsync(url);
        form.ShouldContain($"<option value=\"{af}\"");
        form.ShouldNotContain($"<option value=\"{afZwolle}\"", customMessage: "another municipality's officer is no candidate");

        var version = (await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Version).SingleAsync())).ToString();
        var fields = new Dictionary<string, string>
        {
            ["Input.Version"] = version, ["Input.ReasonableSuspicion"] = "true", ["Input.Outcome"] = "Tracks",
            ["Input.DirectorUserId"] = afZwolle, ["Input.FirstGoal"] = "Veilig onderdak",
        };
        var refused = await secretary.PostFormAsync(url, fields, extra: [new("Input.Tracks", "Care")]);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("aandachtsfunctionaris van de gemeente van dit punt");

        fields["Input.DirectorUserId"] = af;
        (await secretary.PostFormAsync(url, fields, extra: [new("Input.Tracks", "Care")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var caseId = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.CaseId!.Value).SingleAsync());
        (await factory.WithAsync(db => db.Set<TableCase>().Where(c => c.Id == caseId).Select(c => c.DirectorUserId).SingleAsync())).ShouldBe(af);
        var casePage = await (await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl")).GetAsync($"/zaken/{caseId}");
        casePage.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_action_due_in_the_past_is_refused_beside_the_field_with_the_input_kept()
    {
        var meeting = await UpcomingAsync();
        var item = await factory.ItemIdAsync(meeting, "Kampen");
        var url = $"/tafel/vergaderingen/{meeting}/punten/{item}";
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var owner = await factory.UserIdAsync("zorgcoordinator@demo.schakel.nl");
        var version = (await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Version).SingleAsync())).ToString();
        var response = await secretary.PostFormAsync(url, new()
        {
            ["Input.Version"] = version, ["Input.ReasonableSuspicion"] = "false", ["Input.Outcome"] = "KeepMonitoring",
            ["Input.Actions[0].Description"] = "Terugbellen melder", ["Input.Actions[0].OwnerUserId"] = owner, ["Input.Actions[0].DueOn"] = "2020-01-01",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Actie 1: de uiterste datum ligt in het verleden");
        html.ShouldContain("value=\"2020-01-01\"");
        html.ShouldContain("Terugbellen melder");
        (await factory.WithAsync(db => db.Set<TableAction>().CountAsync(a => a.Description == "Terugbellen melder"))).ShouldBe(0);
    }
}
