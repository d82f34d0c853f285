using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Table;

/// <summary>The chain director sets up a table and its seats: validated, guarded against stale saves, and the seats really open the table.</summary>
public sealed class TableAdministrationTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private Task<int> RegionIdAsync() => factory.WithAsync(db => db.Regions.Select(r => r.Id).FirstAsync());

    [Fact]
    public async Task A_new_table_is_created_with_a_two_weekly_default_and_bad_input_is_refused_with_the_input_kept()
    {
        var chain = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var form = await chain.GetHtmlAsync("/tafel/beheer");
        form.ShouldContain("name=\"Input.MeetingIntervalDays\" value=\"14\"");

        var region = (await RegionIdAsync()).ToString();
        var chair = await factory.UserIdAsync("procesregisseur@demo.schakel.nl");
        var bad = await chain.PostFormAsync("/tafel/beheer", new()
        {
            ["Input.Name"] = "Zorgtafel Noord", ["Input.RegionId"] = region, ["Input.ChairUserId"] = chair, ["Input.SecretaryUserId"] = chair, ["Input.MeetingIntervalDays"] = "3",
        }, formPage: "/tafel/beheer");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        html.ShouldContain("Voorzitter en secretaris zijn twee verschillende mensen.");
        html.ShouldContain("Geef het aantal dagen tussen twee vergaderingen: van 7 tot 56");
        html.ShouldContain("value=\"Zorgtafel Noord\"");
        html.ShouldContain("value=\"3\"");

        var duplicate = await chain.PostFormAsync("/tafel/beheer", new()
        {
            ["Input.Name"] = Web.Features.Demo.DemoTable.Name.ToUpperInvariant(), ["Input.RegionId"] = region, ["Input.ChairUserId"] = chair, ["Input.MeetingIntervalDays"] = "14",
        }, formPage: "/tafel/beheer");
        WebUtility.HtmlDecode(await duplicate.Content.ReadAsStringAsync()).ShouldContain("Deze regio heeft al een tafel met deze naam.");

        var created = await chain.PostFormAsync("/tafel/beheer", new()
        {
            ["Input.Name"] = "Zorgtafel Noord", ["Input.RegionId"] = region, ["Input.ChairUserId"] = chair, ["Input.MeetingIntervalDays"] = "14",
        }, formPage: "/tafel/beheer");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var table = await factory.WithAsync(db => db.Set<RegionalTable>().AsNoTracking().SingleAsync(t => t.Name == "Zorgtafel Noord"));
        table.ChairUserId.ShouldBe(chair);
        table.SecretaryUserId.ShouldBeNull();
        table.MeetingIntervalDays.ShouldBe(14);
        created.Headers.Location!.ToString().ShouldEndWith($"/tafel/beheer/{table.Id}");
    }

    [Fact]
    public async Task Seats_by_person_and_by_organisation_open_the_table_and_a_stale_change_is_refused()
    {
        var chain = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var beheer = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var region = await RegionIdAsync();
        var chair = await factory.UserIdAsync("procesregisseur@demo.schakel.nl");
        var tableId = await factory.WithAsync(async db =>
        {
            var t = new RegionalTable { Name = "Ondermijningstafel", RegionId = region, ChairUserId = chair };
            db.Add(t);
            await db.SaveChangesAsync();
            return t.Id;
        });
        var url = $"/tafel/beheer/{tableId}";
        var meetingId = await factory.WithAsync(async db =>
        {
            var m = new TableMeeting { TableId = tableId, StartsAt = DateTimeOffset.UtcNow.AddDays(3) };
            db.Add(m);
            await db.SaveChangesAsync();
            return m.Id;
        });
        var police = await WebSession.SignedInAsync(factory, "politie@demo.schakel.nl");
        (await police.GetAsync($"/tafel/vergaderingen/{meetingId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var version = WebSession.HiddenValue(await chain.GetHtmlAsync(url), "MembersVersion")!;
        var policeId = await factory.UserIdAsync("politie@demo.schakel.nl");
        (await chain.PostFormAsync($"{url}?handler=AddPerson", new() { ["PersonId"] = policeId, ["MembersVersion"] = version }, formPage: url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await police.GetAsync($"/tafel/vergaderingen/{meetingId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The beheerder works from the page as it was before the chain director's change.
        var riecOrg = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "RIEC Oost-Nederland").Select(o => o.Id).SingleAsync());
        var stale = await beheer.PostFormAsync($"{url}?handler=AddOrganisation", new() { ["OrganisationId"] = riecOrg.ToString(), ["MembersVersion"] = version }, formPage: url);
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        html.ShouldContain("Iemand anders heeft dit intussen gewijzigd");
        html.ShouldContain("Huidige stand:");
        html.ShouldContain("Rob van Dijk");
        html.ShouldContain($"<option value=\"{riecOrg}\" selected=\"selected\">");
        (await factory.WithAsync(db => db.Set<TableMember>().CountAsync(m => m.TableId == tableId))).ShouldBe(1);

        var fresh = WebSession.HiddenValue(html, "MembersVersion")!;
        (await beheer.PostFormAsync($"{url}?handler=AddOrganisation", new() { ["OrganisationId"] = riecOrg.ToString(), ["MembersVersion"] = fresh }, formPage: url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        (await riec.GetAsync($"/tafel/vergaderingen/{meetingId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var twice = await beheer.PostFormAsync($"{url}?handler=AddPerson", new() { ["PersonId"] = policeId, ["MembersVersion"] = WebSession.HiddenValue(await beheer.GetHtmlAsync(url), "MembersVersion")! }, formPage: url);
        WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()).ShouldContain("heeft al een zetel aan deze tafel");

        var seat = await factory.WithAsync(db => db.Set<TableMember>().Where(m => m.TableId == tableId && m.UserId == policeId).Select(m => m.Id).SingleAsync());
        var remove = await chain.PostFormAsync($"{url}?handler=Remove", new() { ["MemberId"] = seat.ToString(), ["MembersVersion"] = WebSession.HiddenValue(await chain.GetHtmlAsync(url), "MembersVersion")! }, formPage: url);
        remove.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await police.GetAsync($"/tafel/vergaderingen/{meetingId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stale_settings_are_refused_showing_the_stored_ones_and_keeping_the_own_input()
    {
        var chain = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var tableId = await factory.WithAsync(db => db.Set<RegionalTable>().Where(t => t.Name == Web.Features.Demo.DemoTable.Name).Select(t => t.Id).SingleAsync());
        var url = $"/tafel/beheer/{tableId}";
        var page = await chain.GetHtmlAsync(url);
        var version = WebSession.HiddenValue(page, "Input.Version")!;
        var region = (await RegionIdAsync()).ToString();
        var chair = await factory.UserIdAsync("procesregisseur@demo.schakel.nl");
        var secretary = await factory.UserIdAsync("ketenregisseur@demo.schakel.nl");
        Dictionary<string, string> Settings(string days) => new()
        {
            ["Input.Version"] = version, ["Input.Name"] = Web.Features.Demo.DemoTable.Name, ["Input.RegionId"] = region,
            ["Input.ChairUserId"] = chair, ["Input.SecretaryUserId"] = secretary, ["Input.MeetingIntervalDays"] = days,
        };
        (await chain.PostFormAsync(url, Settings("21"), formPage: url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await chain.PostFormAsync(url, Settings("28"), formPage: url);
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        html.ShouldContain("Iemand anders heeft dit intussen gewijzigd");
        html.ShouldContain("elke 21 dagen");
        html.ShouldContain("name=\"Input.MeetingIntervalDays\" value=\"28\"");
        (await factory.WithAsync(db => db.Set<RegionalTable>().Where(t => t.Id == tableId).Select(t => t.MeetingIntervalDays).SingleAsync())).ShouldBe(21);

        // The chair plans with the new rhythm.
        var chairSession = await WebSession.SignedInAsync(factory, "procesregisseur@demo.schakel.nl");
        (await chairSession.GetHtmlAsync("/tafel")).ShouldContain("Vergadert standaard elke 21 dagen.");
    }

    [Theory]
    [InlineData("procesregisseur@demo.schakel.nl")]
    [InlineData("politie@demo.schakel.nl")]
    [InlineData("af.zwolle@demo.schakel.nl")]
    public async Task Seat_holders_without_chain_direction_cannot_change_a_table(string email)
    {
        var tableId = await factory.WithAsync(db => db.Set<RegionalTable>().Select(t => t.Id).FirstAsync());
        var session = await WebSession.SignedInAsync(factory, email);
        (await session.GetAsync($"/tafel/beheer/{tableId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
