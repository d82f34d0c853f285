using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Testing;
using Schakel.Web.Features.Admin.RoleRequests;

namespace Schakel.IntegrationTests.Admin;

/// <summary>
/// An administrator must not be able to give anyone, least of all itself, access to personal data on its own: such
/// roles wait for a chain director or the privacy officer, and every administrative change is in the audit chain.
/// </summary>
public sealed class SeparationOfDutiesTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task An_administrator_cannot_give_itself_the_police_role()
    {
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var (id, org, stamp) = await Account("beheerder@demo.schakel.nl");

        var response = await admin.PostFormAsync($"/beheer/gebruikers/{id}", new()
        {
            ["Input.DisplayName"] = "Joost Meijer", ["Input.OrganisationId"] = org, ["Input.Active"] = "true", ["Input.Stamp"] = stamp,
        }, extra: [new("Input.Roles", "Administrator"), new("Input.Roles", "Police")]);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("U kunt uzelf geen rol geven die persoonsgegevens ziet.");
        (await RolesOf(id)).ShouldBe(["Administrator"]);
        (await factory.WithAsync(db => db.Set<RoleRequest>().AnyAsync(r => r.UserId == id))).ShouldBeFalse();
    }

    [Fact]
    public async Task An_administrator_account_cannot_be_given_a_personal_data_role_by_another_administrator()
    {
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var org = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Regio IJsselland").Select(o => o.Id).SingleAsync());
        var created = await admin.PostFormAsync("/beheer/gebruikers/nieuw", new()
        {
            ["Input.Email"] = "tweede.beheerder@demo.schakel.nl", ["Input.DisplayName"] = "Tweede Beheerder", ["Input.OrganisationId"] = org.ToString(CultureInfo.InvariantCulture),
            ["Input.Password"] = "Tweede-beheerder-2026-x",
        }, extra: [new("Input.Roles", "Administrator"), new("Input.Roles", "ChainDirector")]);
        created.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await created.Content.ReadAsStringAsync()).ShouldContain("Een beheerder kan geen rol hebben die persoonsgegevens ziet");
        (await factory.WithAsync(db => db.Users.AnyAsync(u => u.Email == "tweede.beheerder@demo.schakel.nl"))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_chain_director_role_granted_by_the_administrator_is_only_active_after_the_privacy_officer_approves()
    {
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var (id, org, stamp) = await Account("bestuurder@demo.schakel.nl");
        (await admin.PostFormAsync($"/beheer/gebruikers/{id}", new()
        {
            ["Input.DisplayName"] = "Henk Visser", ["Input.OrganisationId"] = org, ["Input.Active"] = "true", ["Input.Stamp"] = stamp,
        }, extra: [new("Input.Roles", "PolicyMaker"), new("Input.Roles", "ChainDirector")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await RolesOf(id)).ShouldBe(["PolicyMaker"]);
        (await admin.GetHtmlAsync($"/beheer/gebruikers/{id}")).ShouldContain("Wacht op goedkeuring");
        var henk = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        (await henk.GetAsync("/meldingen/regio")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // The administrator cannot approve its own request: the page is not theirs.
        (await admin.GetAsync("/rolverzoeken")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var page = await fg.GetHtmlAsync("/rolverzoeken");
        page.ShouldContain("Henk Visser");
        var requestId = await factory.WithAsync(db => db.Set<RoleRequest>().Where(r => r.UserId == id && r.Status == RoleRequestStatus.Pending).Select(r => r.Id).SingleAsync());
        (await fg.PostFormAsync($"/rolverzoeken?handler=Approve&id={requestId}", new(), "/rolverzoeken")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await RolesOf(id)).ShouldBe(["ChainDirector", "PolicyMaker"]);
        var henkAgain = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        (await henkAgain.GetAsync("/meldingen/regio")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var audit = await factory.WithAsync(db => db.AuditEntries.Where(e => e.RecordType == nameof(AuditRecordType.RoleRequest) && e.RecordId == requestId.ToString(CultureInfo.InvariantCulture)).ToListAsync());
        audit.ShouldContain(e => e.Action == AuditAction.Create && e.Actor == "Joost Meijer");
        audit.ShouldContain(e => e.Action == AuditAction.Update && e.Actor == "Fatma Yilmaz" && e.Details!.Contains("goedgekeurd"));
    }

    [Fact]
    public async Task A_chain_director_of_another_region_neither_sees_nor_approves_a_request_of_this_region()
    {
        await SecondRegion.EnsureAsync(factory);
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var (id, org, stamp) = await Account("oov@demo.schakel.nl");
        (await admin.PostFormAsync($"/beheer/gebruikers/{id}", new()
        {
            ["Input.DisplayName"] = "Bart Kok", ["Input.OrganisationId"] = org, ["Input.Active"] = "true", ["Input.Stamp"] = stamp,
        }, extra: [new("Input.Roles", "UnderminingAdvisor"), new("Input.Roles", "Police")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var requestId = await factory.WithAsync(db => db.Set<RoleRequest>().Where(r => r.UserId == id && r.Role == "Police").Select(r => r.Id).SingleAsync());

        var twente = await WebSession.SignedInAsync(factory, SecondRegion.ChainDirector);
        (await twente.GetHtmlAsync("/rolverzoeken")).ShouldNotContain("Bart Kok");
        (await twente.PostFormAsync($"/rolverzoeken?handler=Approve&id={requestId}", new(), "/rolverzoeken")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await RolesOf(id)).ShouldNotContain("Police");
        (await factory.WithAsync(db => db.AuditEntries.AnyAsync(e => e.RecordType == nameof(AuditRecordType.RoleRequest) && e.Action == AuditAction.Denied
            && e.RecordId == requestId.ToString(CultureInfo.InvariantCulture)))).ShouldBeTrue();
    }

    [Fact]
    public async Task A_rejected_request_never_becomes_active_and_the_target_cannot_approve_its_own_request()
    {
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var (id, org, stamp) = await Account("ketenregisseur@demo.schakel.nl");
        (await admin.PostFormAsync($"/beheer/gebruikers/{id}", new()
        {
            ["Input.DisplayName"] = "Marieke Bosman", ["Input.OrganisationId"] = org, ["Input.Active"] = "true", ["Input.Stamp"] = stamp,
        }, extra: [new("Input.Roles", "ChainDirector"), new("Input.Roles", "Police")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var requestId = await factory.WithAsync(db => db.Set<RoleRequest>().Where(r => r.UserId == id && r.Role == "Police").Select(r => r.Id).SingleAsync());

        var marieke = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        (await marieke.PostFormAsync($"/rolverzoeken?handler=Approve&id={requestId}", new(), "/rolverzoeken")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await RolesOf(id)).ShouldBe(["ChainDirector"]);

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        (await fg.PostFormAsync($"/rolverzoeken?handler=Reject&id={requestId}", new(), "/rolverzoeken")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await fg.PostFormAsync($"/rolverzoeken?handler=Approve&id={requestId}", new(), "/rolverzoeken")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await RolesOf(id)).ShouldBe(["ChainDirector"]);
    }

    [Fact]
    public async Task An_administrator_who_reset_the_approvers_password_cannot_approve_as_the_approver()
    {
        using var own = new SchakelFactory();
        var admin = await WebSession.SignedInAsync(own, "beheerder@demo.schakel.nl");
        var fgId = await own.WithAsync(db => db.Users.Where(u => u.Email == "fg@demo.schakel.nl").Select(u => u.Id).SingleAsync());
        (await admin.PostFormAsync($"/beheer/gebruikers/{fgId}?handler=Password", new() { ["Password.NewPassword"] = "Overgenomen-door-de-beheerder-1" }, $"/beheer/gebruikers/{fgId}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (id, org, stamp) = await own.WithAsync(db => db.Users.Where(u => u.Email == "oov@demo.schakel.nl")
            .Select(u => new ValueTuple<string, string, string>(u.Id, u.OrganisationId.ToString(), u.ConcurrencyStamp!)).SingleAsync());
        (await admin.PostFormAsync($"/beheer/gebruikers/{id}", new()
        {
            ["Input.DisplayName"] = "Bart Kok", ["Input.OrganisationId"] = org, ["Input.Active"] = "true", ["Input.Stamp"] = stamp,
        }, extra: [new("Input.Roles", "UnderminingAdvisor"), new("Input.Roles", "Police")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var requestId = await own.WithAsync(db => db.Set<RoleRequest>().Where(r => r.UserId == id).Select(r => r.Id).SingleAsync());

        var takenOver = await WebSession.SignedInAsync(own, "fg@demo.schakel.nl", "Overgenomen-door-de-beheerder-1");
        var response = await takenOver.PostFormAsync($"/rolverzoeken?handler=Approve&id={requestId}", new(), "/rolverzoeken");
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await response.Content.ReadAsStringAsync()).ShouldContain("kort geleden teruggezet");
        (await own.WithAsync(db => db.UserRoles.CountAsync(r => r.UserId == id))).ShouldBe(1);
        (await own.WithAsync(db => db.AuditEntries.AnyAsync(e => e.RecordType == nameof(AuditRecordType.RoleRequest) && e.Action == AuditAction.Denied && e.Flagged))).ShouldBeTrue();
    }

    [Fact]
    public async Task Password_and_two_factor_resets_api_keys_organisations_and_indicator_weights_each_leave_an_audit_entry()
    {
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var (userId, _, _) = await Account("riec@demo.schakel.nl");
        var before = await factory.WithAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));

        (await admin.PostFormAsync($"/beheer/gebruikers/{userId}?handler=Password", new() { ["Password.NewPassword"] = "Lange-zomeravond-aan-de-IJssel-7" }, $"/beheer/gebruikers/{userId}"))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.PostFormAsync($"/beheer/gebruikers/{userId}?handler=ResetTwoFactor", new(), $"/beheer/gebruikers/{userId}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var orgId = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Nederlandse Arbeidsinspectie").Select(o => o.Id).SingleAsync());
        var keys = $"/beheer/organisaties/{orgId}/sleutels";
        var created = await admin.PostFormAsync($"{keys}?handler=Create", new() { ["Name"] = "Auditproef" }, formPage: keys);
        Regex.IsMatch(await created.Content.ReadAsStringAsync(), "data-testid=\"new-api-key\">sk_").ShouldBeTrue();
        var keyId = await factory.WithAsync(db => db.ApiClientKeys.Where(k => k.OrganisationId == orgId && k.Name == "Auditproef").Select(k => k.Id).SingleAsync());
        (await admin.PostFormAsync($"{keys}?handler=Revoke", new() { ["keyId"] = keyId.ToString(CultureInfo.InvariantCulture) }, formPage: keys)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var org = await factory.WithAsync(db => db.Organisations.SingleAsync(o => o.Id == orgId));
        (await admin.PostFormAsync($"/beheer/organisaties/{orgId}", new()
        {
            ["Input.Name"] = org.Name + " (NLA)", ["Input.Kind"] = org.Kind.ToString(), ["Input.RegionId"] = org.RegionId.ToString(CultureInfo.InvariantCulture),
            ["Input.Active"] = "true", ["Input.Version"] = org.Version.ToString(CultureInfo.InvariantCulture),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var indicator = await factory.WithAsync(db => db.Indicators.OrderBy(i => i.Id).FirstAsync());
        (await admin.PostFormAsync($"/beheer/lijsten/indicatoren/{indicator.Id}", new()
        {
            ["Input.Label"] = indicator.Label, ["Input.Weight"] = ((indicator.Weight + 1) % 10).ToString(CultureInfo.InvariantCulture), ["Input.Active"] = "true",
            ["Input.Version"] = indicator.Version.ToString(CultureInfo.InvariantCulture), ["Input.SortOrder"] = indicator.SortOrder.ToString(CultureInfo.InvariantCulture),
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var entries = await factory.WithAsync(db => db.AuditEntries.Where(e => e.Sequence > before && e.Actor == "Joost Meijer").ToListAsync());
        entries.ShouldContain(e => e.RecordType == nameof(AuditRecordType.Account) && e.RecordId == userId && e.Details == "nieuw wachtwoord ingesteld");
        entries.ShouldContain(e => e.RecordType == nameof(AuditRecordType.Account) && e.RecordId == userId && e.Details == "tweestapsverificatie teruggezet");
        var key = keyId.ToString(CultureInfo.InvariantCulture);
        entries.ShouldContain(e => e.RecordType == nameof(AuditRecordType.ApiKey) && e.RecordId == key && e.Action == AuditAction.Create);
        entries.ShouldContain(e => e.RecordType == nameof(AuditRecordType.ApiKey) && e.RecordId == key && e.Action == AuditAction.Update && e.Details!.Contains("ingetrokken"));
        entries.ShouldContain(e => e.RecordType == nameof(AuditRecordType.Organisation) && e.RecordId == orgId.ToString(CultureInfo.InvariantCulture) && e.Action == AuditAction.Update);
        entries.ShouldContain(e => e.RecordType == nameof(AuditRecordType.Indicator) && e.RecordId == indicator.Code && e.Details!.StartsWith($"gewicht {indicator.Weight} → "));
    }

    private Task<(string Id, string Org, string Stamp)> Account(string email) => factory.WithAsync(db => db.Users.Where(u => u.Email == email)
        .Select(u => new ValueTuple<string, string, string>(u.Id, u.OrganisationId.ToString(), u.ConcurrencyStamp!)).SingleAsync());

    private async Task<List<string>> RolesOf(string userId) => (await factory.WithAsync(db =>
        db.UserRoles.Where(r => r.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToListAsync())).Order(StringComparer.Ordinal).ToList();
}
