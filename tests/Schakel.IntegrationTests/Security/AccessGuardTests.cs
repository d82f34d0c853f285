using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Testing;
using Schakel.Web.Features.Shared;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.IntegrationTests.Security;

/// <summary>
/// The one door for record checks: a refusal is audited exactly once with the record type and id the page names, and
/// answered 403 or 404 as the refusal says; an allowed check writes nothing. The menu asks the same policies.
/// </summary>
public sealed class AccessGuardTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static ClaimsPrincipal User(string id, int? organisation, params string[] roles)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, id), new(SchakelClaims.DisplayName, id) };
        if (organisation is { } org)
        {
            claims.Add(new Claim(SchakelClaims.Organisation, org.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        claims.AddRange(roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }

    private Task<int> DeniedAsync(AuditRecordType recordType, string recordId)
    {
        var stored = recordType.StoredName();
        return factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Denied && e.RecordType == stored && e.RecordId == recordId));
    }

    [Fact]
    public async Task A_refusal_is_audited_once_and_answered_as_the_refusal_says()
    {
        using var scope = factory.Services.CreateScope();
        var guard = scope.ServiceProvider.GetRequiredService<AccessGuard>();
        var officer = User("guard-test-officer", 910_001, Roles.AttentionOfficer);
        var recordId = "guard-" + Guid.NewGuid().ToString("N");
        var before = await DeniedAsync(AuditRecordType.ContactPerson, recordId);

        var forbidden = await guard.RefuseUnlessAsync(officer, new MunicipalityBasicLevel(910_002), BasicLevelOperations.Edit,
            Refusal.Forbidden(AuditRecordType.ContactPerson, recordId), CancellationToken.None);
        forbidden.ShouldBeOfType<ForbidResult>();
        (await DeniedAsync(AuditRecordType.ContactPerson, recordId)).ShouldBe(before + 1);

        var hidden = await guard.RefuseUnlessAsync(officer, new MunicipalityBasicLevel(910_002), BasicLevelOperations.Edit,
            Refusal.HiddenUnlessAllowed(BasicLevelOperations.Read, AuditRecordType.ContactPerson, recordId), CancellationToken.None);
        hidden.ShouldBeOfType<NotFoundResult>();
        (await DeniedAsync(AuditRecordType.ContactPerson, recordId)).ShouldBe(before + 2);

        var allowed = await guard.RefuseUnlessAsync(officer, new MunicipalityBasicLevel(910_001), BasicLevelOperations.Edit,
            Refusal.Forbidden(AuditRecordType.ContactPerson, recordId), CancellationToken.None);
        allowed.ShouldBeNull();
        (await DeniedAsync(AuditRecordType.ContactPerson, recordId)).ShouldBe(before + 2);
    }

    [Fact]
    public async Task A_reader_who_may_not_work_gets_403_and_an_outsider_404()
    {
        using var scope = factory.Services.CreateScope();
        var guard = scope.ServiceProvider.GetRequiredService<AccessGuard>();
        var recordId = "guard-" + Guid.NewGuid().ToString("N");
        // The region's overview reads every municipality's basic level but records none of them.
        var reader = User("guard-test-reader", null, Roles.PolicyMaker);
        var outsider = User("guard-test-outsider", null, Roles.Police);
        var refusal = Refusal.HiddenUnlessAllowed(BasicLevelOperations.Read, AuditRecordType.MunicipalBuildingBlock, recordId);

        (await guard.RefuseUnlessAsync(reader, new MunicipalityBasicLevel(910_003), BasicLevelOperations.Edit, refusal, CancellationToken.None)).ShouldBeOfType<ForbidResult>();
        (await guard.RefuseUnlessAsync(outsider, new MunicipalityBasicLevel(910_003), BasicLevelOperations.Edit, refusal, CancellationToken.None)).ShouldBeOfType<NotFoundResult>();
        (await DeniedAsync(AuditRecordType.MunicipalBuildingBlock, recordId)).ShouldBe(2);
    }

    // In menu order (grouped by task); the account pages moved from the menu to the header beside the user's name.
    public static TheoryData<string, string[]> MenuCases => new()
    {
        { Roles.Reporter, ["/", "/meldingen/nieuw", "/mijn-acties"] },
        { Roles.PrivacyOfficer, ["/", "/mijn-acties", "/rolverzoeken", "/privacy/audit", "/privacy/personen", "/privacy/bewaartermijnen", "/privacy/noodtoegang"] },
        { Roles.Administrator, ["/", "/mijn-acties", "/tafel/beheer", "/advertenties/profiel", "/dashboard", "/dashboard/jaarverslag", "/basisniveau/overzicht", "/trainingen",
            "/beheer/bouwstenen", "/beheer/gebruikers", "/beheer/organisaties", "/beheer/lijsten", "/beheer/kengetallen", "/beheer/uitgaande-mail", "/beheer/import"] },
        { Roles.AttentionOfficer, ["/", "/meldingen/nieuw", "/meldingen", "/tafel", "/mijn-acties", "/spoed-mdo", "/dashboard", "/dashboard/jaarverslag", "/basisniveau/910004", "/trainingen"] },
        { Roles.ChainDirector, ["/", "/meldingen/nieuw", "/meldingen", "/meldingen/regio", "/meldingen/triage", "/tafel", "/mijn-acties", "/spoed-mdo", "/tafel/beheer", "/kosten",
            "/koppelen", "/advertenties", "/dashboard", "/dashboard/jaarverslag", "/dashboard/comensha", "/basisniveau/overzicht", "/trainingen", "/beheer/import", "/rolverzoeken"] },
        { Roles.CareCoordinator, ["/", "/meldingen/nieuw", "/tafel", "/mijn-acties", "/spoed-mdo", "/zorg", "/dashboard/comensha"] },
    };

    [Theory]
    [MemberData(nameof(MenuCases))]
    public async Task The_menu_shows_exactly_what_the_policies_allow(string role, string[] expected)
    {
        using var scope = factory.Services.CreateScope();
        var authorization = scope.ServiceProvider.GetRequiredService<IAuthorizationService>();
        var user = User("menu-" + role, 910_004, role);

        var menu = (await Navigation.ForAsync(authorization, user)).SelectMany(g => g.Items).ToList();

        menu.Select(i => i.Href).ShouldBe(expected);
        // Every policy-gated item agrees with the policy itself.
        foreach (var (policy, href) in new[] { (Policies.FileSignals, "/meldingen/nieuw"), (Policies.Administration, "/beheer/gebruikers"), (Policies.CareFiles, "/zorg"), (Policies.LinkAssessment, "/koppelen") })
        {
            menu.Any(i => i.Href == href).ShouldBe((await authorization.AuthorizeAsync(user, policy)).Succeeded, $"{role}: {href}");
        }
    }
}
