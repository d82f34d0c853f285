using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Admin;

public sealed class AdministrationTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private Task<int> OrganisationId(string name) => factory.WithAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    [Fact]
    public async Task Creating_a_user_with_bad_input_keeps_what_was_typed_and_a_valid_one_can_sign_in()
    {
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var bad = await admin.PostFormAsync("/beheer/gebruikers/nieuw", new()
        {
            ["Input.Email"] = "nietgoed", ["Input.DisplayName"] = "Eva Pauwels", ["Input.OrganisationId"] = "abc", ["Input.Roles"] = "Hacker", ["Input.Password"] = "kort",
        });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await bad.Content.ReadAsStringAsync();
        html.ShouldContain("value=\"nietgoed\"");
        html.ShouldContain("value=\"Eva Pauwels\"");
        (await factory.WithAsync(db => db.Users.AnyAsync(u => u.DisplayName == "Eva Pauwels"))).ShouldBeFalse();

        var common = await admin.PostFormAsync("/beheer/gebruikers/nieuw", new()
        {
            ["Input.Email"] = "eva.pauwels@kampen.example", ["Input.DisplayName"] = "Eva Pauwels", ["Input.OrganisationId"] = (await OrganisationId("Kampen")).ToString(),
            ["Input.Roles"] = "AttentionOfficer", ["Input.Password"] = "wachtwoord123",
        });
        (await common.Content.ReadAsStringAsync()).ShouldContain("Dit wachtwoord komt te vaak voor");

        var good = await admin.PostFormAsync("/beheer/gebruikers/nieuw", new()
        {
            ["Input.Email"] = "eva.pauwels@kampen.example", ["Input.DisplayName"] = "Eva Pauwels", ["Input.OrganisationId"] = (await OrganisationId("Kampen")).ToString(),
            ["Input.Roles"] = "AttentionOfficer", ["Input.Password"] = "IJsselkade-bij-nacht-42",
        });
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // A role that sees personal data is only active once a second person approves it.
        var request = await factory.WithAsync(db => db.Set<Web.Features.Admin.RoleRequests.RoleRequest>().Where(r => r.Role == "AttentionOfficer" && db.Users.Any(u => u.Id == r.UserId && u.Email == "eva.pauwels@kampen.example")).Select(r => r.Id).SingleAsync());
        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        (await fg.PostFormAsync($"/rolverzoeken?handler=Approve&id={request}", new(), "/rolverzoeken")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var eva = await WebSession.SignedInAsync(factory, "eva.pauwels@kampen.example", "IJsselkade-bij-nacht-42");
        (await eva.GetHtmlAsync("/")).ShouldContain("Wachtrij Kampen");
    }

    [Fact]
    public async Task Account_changes_are_in_the_audit_chain_without_names_or_addresses()
    {
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var kampen = (await OrganisationId("Kampen")).ToString();
        (await admin.PostFormAsync("/beheer/gebruikers/nieuw", new()
        {
            ["Input.Email"] = "joost.van.t.hek@kampen.example", ["Input.DisplayName"] = "Joost van 't Hek", ["Input.OrganisationId"] = kampen,
            ["Input.Roles"] = "Reporter", ["Input.Password"] = "Buitenhaven-bij-dag-73",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (id, stamp) = await factory.WithAsync(db => db.Users.Where(u => u.Email == "joost.van.t.hek@kampen.example").Select(u => new ValueTuple<string, string>(u.Id, u.ConcurrencyStamp!)).SingleAsync());

        (await admin.PostFormAsync($"/beheer/gebruikers/{id}", new()
        {
            ["Input.DisplayName"] = "Joost van 't Hek", ["Input.OrganisationId"] = kampen, ["Input.Roles"] = "PolicyMaker",
            ["Input.Active"] = "false", ["Input.Stamp"] = stamp,
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.PostFormAsync($"/beheer/gebruikers/{id}?handler=ResetTwoFactor", new(), $"/beheer/gebruikers/{id}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var entries = await factory.WithAsync(db => db.AuditEntries.Where(e => e.RecordType == "Account" && e.RecordId == id).OrderBy(e => e.Sequence).ToListAsync());
        entries.Select(e => e.Action).ShouldBe([AuditAction.Create, AuditAction.Update, AuditAction.Update]);
        entries[0].Details.ShouldBe("rollen: Reporter");
        entries[1].Details.ShouldBe("rol erbij: PolicyMaker; rol eraf: Reporter; niet-actief gezet");
        entries[2].Details.ShouldBe("tweestapsverificatie teruggezet");
        entries.ShouldAllBe(e => e.Actor != null && !e.Details!.Contains("Joost") && !e.Details.Contains("kampen.example"));
    }

    [Fact]
    public async Task A_municipality_needs_a_plausible_population()
    {
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var regionId = await factory.WithAsync(db => db.Regions.Select(r => r.Id).FirstAsync());
        var response = await admin.PostFormAsync("/beheer/organisaties/nieuw", new()
        {
            ["Input.Name"] = "Nieuwgemeente", ["Input.Kind"] = "Municipality", ["Input.RegionId"] = regionId.ToString(), ["Input.Population"] = "0", ["Input.Active"] = "true",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.WithAsync(db => db.Organisations.AnyAsync(o => o.Name == "Nieuwgemeente"))).ShouldBeFalse();
    }

    [Fact]
    public async Task An_api_key_is_shown_once_works_for_intake_and_stops_working_when_revoked()
    {
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var orgId = await OrganisationId("Nederlandse Arbeidsinspectie");
        var page = $"/beheer/organisaties/{orgId}/sleutels";
        var created = await admin.PostFormAsync($"{page}?handler=Create", new() { ["Name"] = "Inspectiesysteem" }, formPage: page);
        var html = await created.Content.ReadAsStringAsync();
        var key = Regex.Match(html, "data-testid=\"new-api-key\">([^<]+)<").Groups[1].Value;
        key.ShouldStartWith("sk_");
        (await admin.GetHtmlAsync(page)).ShouldNotContain(key);

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        var body = new { clientId = "nla-1", melderType = "NLA", forms = new[] { "ARBEID" }, description = "Controle kwekerij" };
        (await client.PostAsJsonAsync("/api/v1/signals", body)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var keyId = await factory.WithAsync(db => db.ApiClientKeys.Where(k => k.OrganisationId == orgId && k.Name == "Inspectiesysteem").Select(k => k.Id).SingleAsync());
        (await admin.PostFormAsync($"{page}?handler=Revoke", new() { ["keyId"] = keyId.ToString() }, formPage: page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.PostAsJsonAsync("/api/v1/signals", body with { })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
