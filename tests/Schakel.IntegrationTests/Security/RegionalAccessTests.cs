using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Security;

/// <summary>
/// Access follows the seat, not the role: partners of another region, and a chain director of another region, are
/// refused signals of IJsselland; a municipal seat does not make the municipality's attention officers members.
/// </summary>
public sealed class RegionalAccessTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private Task<string> DeventerAcuteAsync() =>
        factory.WithAsync(db => db.Signals.Where(s => s.Municipality!.Name == "Deventer" && s.IsAcute).Select(s => s.Reference).FirstAsync());

    [Theory]
    [InlineData(SecondRegion.CareCoordinator)]
    [InlineData(SecondRegion.Police)]
    public async Task A_partner_of_another_region_cannot_open_an_acute_signal_of_a_minor_here(string partner)
    {
        await SecondRegion.EnsureAsync(factory);
        var deventer = await DeventerAcuteAsync();
        var session = await WebSession.SignedInAsync(factory, partner);

        (await session.GetAsync($"/meldingen/{deventer}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await session.GetHtmlAsync("/")).ShouldNotContain(deventer);
        // The partner of the own region still reads it: the acute signal is for the IJsselland table.
        var ownPartner = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        (await ownPartner.GetAsync($"/meldingen/{deventer}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_partner_reads_a_signal_of_the_own_table_only_while_it_is_there()
    {
        var twente = await SecondRegion.EnsureAsync(factory);
        var care = await WebSession.SignedInAsync(factory, SecondRegion.CareCoordinator);
        (await care.GetAsync($"/meldingen/{twente}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await care.GetHtmlAsync("/")).ShouldContain(twente);
        var ijsselland = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        (await ijsselland.GetAsync($"/meldingen/{twente}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await SetStatusAsync(twente, SignalStatus.InProgress);
        try
        {
            (await care.GetAsync($"/meldingen/{twente}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        finally
        {
            await SetStatusAsync(twente, SignalStatus.RegisteredForTable);
        }
    }

    [Fact]
    public async Task A_chain_director_reads_only_the_own_region()
    {
        var twente = await SecondRegion.EnsureAsync(factory);
        var zwolle = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var director = await WebSession.SignedInAsync(factory, SecondRegion.ChainDirector);

        (await director.GetAsync($"/meldingen/{zwolle}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await director.GetAsync($"/meldingen/{twente}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var overview = await director.GetHtmlAsync("/meldingen/regio");
        overview.ShouldNotContain(zwolle);
        overview.ShouldNotContain("Zwolle");

        var ijsselland = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        (await ijsselland.GetAsync($"/meldingen/{twente}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await ijsselland.GetAsync($"/meldingen/{zwolle}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_municipal_seat_does_not_make_its_attention_officers_members_of_the_table()
    {
        var twente = await SecondRegion.EnsureAsync(factory);
        var meeting = await SecondRegion.MeetingAsync(factory);
        var enschede = await WebSession.SignedInAsync(factory, SecondRegion.AfEnschede);

        (await enschede.GetAsync($"/tafel/vergaderingen/{meeting}/voorronde")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await enschede.GetAsync($"/tafel/vergaderingen/{meeting}/agenda")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The municipality still works on its own signal.
        (await enschede.GetAsync($"/meldingen/{twente}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var hengelo = await WebSession.SignedInAsync(factory, SecondRegion.AfHengelo);
        (await hengelo.GetAsync($"/meldingen/{twente}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // The partner organisations with a seat are members.
        var police = await WebSession.SignedInAsync(factory, SecondRegion.Police);
        (await police.GetAsync($"/tafel/vergaderingen/{meeting}/voorronde")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_chain_director_cannot_take_a_seat_at_the_table_of_another_region()
    {
        await SecondRegion.EnsureAsync(factory);
        var table = await factory.WithAsync(db => db.Set<Schakel.Core.Table.RegionalTable>().Where(t => t.Name != SecondRegion.TableName).Select(t => t.Id).FirstAsync());
        var ownId = await factory.WithAsync(db => db.Users.Where(u => u.Email == SecondRegion.ChainDirector).Select(u => u.Id).SingleAsync());
        var director = await WebSession.SignedInAsync(factory, SecondRegion.ChainDirector);
        var url = $"/tafel/beheer/{table}";

        (await director.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var seat = await director.PostFormAsync($"{url}?handler=AddPerson", new() { ["PersonId"] = ownId, ["MembersVersion"] = "0" }, formPage: "/tafel/beheer");
        seat.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.WithAsync(db => db.Set<Schakel.Core.Table.TableMember>().AnyAsync(m => m.TableId == table && m.UserId == ownId))).ShouldBeFalse();
        (await director.GetHtmlAsync("/tafel/beheer")).ShouldNotContain(url);
    }

    private Task SetStatusAsync(string reference, SignalStatus status) =>
        factory.WithAsync(db => db.Signals.Where(s => s.Reference == reference).ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, status)));
}
