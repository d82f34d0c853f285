using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Core.BasicLevel;
using Schakel.Core.Care;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using TableAgendaItem = Schakel.Core.Table.AgendaItem;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Security;

/// <summary>
/// Every route of the app × every demo role (and anonymous) × own/other municipality, against the expected access.
/// Routes come from the endpoint data source, so a new route without a rule here fails the build of trust.
/// </summary>
public sealed class AuthorizationMatrixTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Anonymous = "anoniem";
    private const string Melder = "melder@demo.schakel.nl", AfZwolle = "af.zwolle@demo.schakel.nl", AfDeventer = "af.deventer@demo.schakel.nl",
        Keten = "ketenregisseur@demo.schakel.nl", Proces = "procesregisseur@demo.schakel.nl", Zorg = "zorgcoordinator@demo.schakel.nl",
        Politie = "politie@demo.schakel.nl", Riec = "riec@demo.schakel.nl", Oov = "oov@demo.schakel.nl", Bestuurder = "bestuurder@demo.schakel.nl",
        Fg = "fg@demo.schakel.nl", Beheerder = "beheerder@demo.schakel.nl";

    private static readonly string[] Accounts = [Melder, AfZwolle, AfDeventer, Keten, Proces, Zorg, Politie, Riec, Oov, Bestuurder, Fg, Beheerder];
    private static readonly string[] FileSignals = [Melder, AfZwolle, AfDeventer, Keten, Proces, Zorg, Politie, Riec, Oov];
    private static readonly string[] BreakGlassRoles = [AfZwolle, AfDeventer, Proces, Zorg, Politie, Riec, Oov];
    private static readonly string[] TableMembers = [Keten, Proces, Zorg, Politie, Riec];

    /// <summary>Who may open a route: null = everyone including anonymous; otherwise the signed-in accounts allowed.</summary>
    private sealed record Rule(string SamplePath, string[]? Allowed, HttpStatusCode Ok = HttpStatusCode.OK, string Method = "GET");

    private static readonly Dictionary<string, Rule> Rules = new()
    {
        ["/"] = new("/", Accounts),
        ["/inloggen"] = new("/inloggen", null),
        ["/inloggen/tweestaps"] = new("/inloggen/tweestaps", null, HttpStatusCode.Redirect),
        ["/uitloggen"] = new("/uitloggen", null),
        ["/geen-toegang"] = new("/geen-toegang", null, HttpStatusCode.Forbidden),
        ["/fout/{code:int}"] = new("/fout/404", null),
        ["/account/tweestaps"] = new("/account/tweestaps", Accounts),
        ["/account/wachtwoord"] = new("/account/wachtwoord", Accounts),
        ["/melden"] = new("/melden", null),
        ["/melden/bedankt"] = new("/melden/bedankt?reference=MH-0000-0000", null),
        ["/meldingen"] = new("/meldingen", [AfZwolle, AfDeventer, Keten]),
        ["/meldingen/regio"] = new("/meldingen/regio", [Keten]),
        ["/meldingen/nieuw"] = new("/meldingen/nieuw", FileSignals),
        ["/meldingen/{reference}"] = new("/meldingen/{zwolle}", [AfZwolle, Keten]),
        ["/meldingen/{reference}/personen/{subjectId:int}"] = new("/meldingen/{zwolle}/personen/{zwolleSubject}", [AfZwolle, Keten]),
        ["/meldingen/{reference}/noodtoegang"] = new("/meldingen/{zwolle}/noodtoegang", BreakGlassRoles),
        ["/meldingen-voor-mij"] = new("/meldingen-voor-mij", Accounts),
        ["/mijn-meldingen"] = new("/mijn-meldingen", Accounts),
        ["/beheer/gebruikers"] = new("/beheer/gebruikers", [Beheerder]),
        ["/beheer/gebruikers/nieuw"] = new("/beheer/gebruikers/nieuw", [Beheerder]),
        ["/beheer/gebruikers/{id}"] = new("/beheer/gebruikers/{userId}", [Beheerder]),
        ["/beheer/organisaties"] = new("/beheer/organisaties", [Beheerder]),
        ["/beheer/organisaties/nieuw"] = new("/beheer/organisaties/nieuw", [Beheerder]),
        ["/beheer/organisaties/{id:int}"] = new("/beheer/organisaties/{orgId}", [Beheerder]),
        ["/beheer/organisaties/{id:int}/sleutels"] = new("/beheer/organisaties/{orgId}/sleutels", [Beheerder]),
        ["/beheer/kengetallen"] = new("/beheer/kengetallen", [Beheerder]),
        ["/beheer/lijsten"] = new("/beheer/lijsten", [Beheerder]),
        ["/beheer/lijsten/{list}"] = new("/beheer/lijsten/vormen", [Beheerder]),
        ["/beheer/lijsten/{list}/{id:int}"] = new("/beheer/lijsten/vormen/{formItemId}", [Beheerder]),
        ["/beheer/lijsten/indicatoren"] = new("/beheer/lijsten/indicatoren", [Beheerder]),
        ["/beheer/lijsten/indicatoren/{id:int}"] = new("/beheer/lijsten/indicatoren/{indicatorId}", [Beheerder]),
        ["/privacy/audit"] = new("/privacy/audit", [Fg]),
        ["/privacy/personen"] = new("/privacy/personen", [Fg]),
        ["/privacy/personen/{id:int}"] = new("/privacy/personen/{subjectId}", [Fg]),
        ["/privacy/bewaartermijnen"] = new("/privacy/bewaartermijnen", [Fg]),
        ["/tafel"] = new("/tafel", Accounts),
        ["/mijn-acties"] = new("/mijn-acties", Accounts),
        // The meeting held two weeks ago decided on a Zwolle signal: its AF reads that meeting, not the pre-round or decisions.
        ["/tafel/beheer"] = new("/tafel/beheer", [Keten, Beheerder]),
        ["/tafel/beheer/{id:int}"] = new("/tafel/beheer/{table}", [Keten, Beheerder]),
        ["/tafel/vergaderingen/{id:int}"] = new("/tafel/vergaderingen/{pastMeeting}", [.. TableMembers, AfZwolle]),
        ["/tafel/vergaderingen/{id:int}/agenda"] = new("/tafel/vergaderingen/{pastMeeting}/agenda", [.. TableMembers, AfZwolle]),
        ["/tafel/vergaderingen/{id:int}/verslag"] = new("/tafel/vergaderingen/{pastMeeting}/verslag", [.. TableMembers, AfZwolle]),
        ["/tafel/vergaderingen/{id:int}/voorronde"] = new("/tafel/vergaderingen/{pastMeeting}/voorronde", TableMembers),
        ["/tafel/vergaderingen/{id:int}/punten/{itemId:int}"] = new("/tafel/vergaderingen/{pastMeeting}/punten/{pastItem}", TableMembers),
        ["/zaken/{id:int}"] = new("/zaken/{case}", [.. TableMembers, AfZwolle]),
        ["/zorg"] = new("/zorg", [Zorg]),
        ["/zorg/{id:int}"] = new("/zorg/{careFile}", [Zorg, AfZwolle]),
        // The victim of the demo case has a care file: the way in from the case redirects to it.
        ["/zorg/zaak/{caseId:int}/persoon/{subjectId:int}"] = new("/zorg/zaak/{careCase}/persoon/{careSubject}", [Zorg, AfZwolle], HttpStatusCode.Redirect),
        ["/basisniveau"] = new("/basisniveau", [Bestuurder, Keten, Proces, Beheerder, AfZwolle, AfDeventer, Oov], HttpStatusCode.Redirect),
        ["/basisniveau/{municipalityId:int}"] = new("/basisniveau/{orgId}", [Bestuurder, Keten, Proces, Beheerder, AfZwolle, Oov]),
        ["/basisniveau/{municipalityId:int}/bouwstenen/{blockId:int}"] = new("/basisniveau/{orgId}/bouwstenen/{blockId}", [AfZwolle, Oov]),
        ["/basisniveau/actiepunten/{id:int?}"] = new("/basisniveau/actiepunten?gemeente={orgId}", [AfZwolle, Oov]),
        ["/basisniveau/contacten/{id:int?}"] = new("/basisniveau/contacten?gemeente={orgId}", [AfZwolle, Oov]),
        ["/basisniveau/overzicht"] = new("/basisniveau/overzicht", [Bestuurder, Keten, Proces, Beheerder]),
        ["/basisniveau/overzicht.xlsx"] = new("/basisniveau/overzicht.xlsx", [Bestuurder, Keten, Proces, Beheerder]),
        ["/beheer/bouwstenen"] = new("/beheer/bouwstenen", [Beheerder]),
        ["/beheer/bouwstenen/{id}"] = new("/beheer/bouwstenen/nieuw", [Beheerder]),
        ["/melden/gemeenten"] = new("/melden/gemeenten", null),
        ["/trainingen"] = new("/trainingen", [Bestuurder, Keten, Proces, Beheerder, AfZwolle, AfDeventer, Oov]),
        ["/trainingen/catalogus/{id:int?}"] = new("/trainingen/catalogus", [Keten, Beheerder]),
        ["/trainingen/sessies/nieuw"] = new("/trainingen/sessies/nieuw", [AfZwolle, AfDeventer, Oov, Keten]),
        ["/koppelen"] = new("/koppelen", [Keten]),
        ["/koppelen/persoon/{id:int}"] = new("/koppelen/persoon/{subjectId}", [Keten]),
        ["/koppelen/cluster/{number:int}"] = new("/koppelen/cluster/{linkedSubject}", [Keten]),
        ["/advertenties"] = new("/advertenties", [Keten, Riec, Oov]),
        ["/advertenties/importeren"] = new("/advertenties/importeren", [Keten, Riec, Oov]),
        ["/advertenties/{id:int}"] = new("/advertenties/{ad}", [Keten, Riec, Oov]),
        ["/advertenties/clusters/{id:int}"] = new("/advertenties/clusters/{adCluster}", [Keten, Riec, Oov]),
        ["/advertenties/profiel"] = new("/advertenties/profiel", [Keten, Riec, Oov, Beheerder]),
        ["/kosten"] = new("/kosten", [AfZwolle, AfDeventer, Keten, Proces, Bestuurder, Beheerder]),
        ["/dashboard"] = new("/dashboard", [AfZwolle, AfDeventer, Keten, Proces, Bestuurder, Beheerder]),
        ["/dashboard.xlsx"] = new("/dashboard.xlsx", [AfZwolle, AfDeventer, Keten, Proces, Bestuurder, Beheerder]),
        ["/dashboard.csv"] = new("/dashboard.csv", [AfZwolle, AfDeventer, Keten, Proces, Bestuurder, Beheerder]),
        ["/dashboard/jaarverslag"] = new("/dashboard/jaarverslag", [AfZwolle, AfDeventer, Keten, Proces, Bestuurder, Beheerder]),
        ["/dashboard/comensha"] = new("/dashboard/comensha", [Keten, Zorg]),
        ["/dashboard/comensha.xlsx"] = new("/dashboard/comensha.xlsx", [Keten, Zorg]),
        ["/dashboard/comensha.csv"] = new("/dashboard/comensha.csv", [Keten, Zorg]),
        ["/api/v1/figures"] = new("/api/v1/figures", [AfZwolle, AfDeventer, Keten, Proces, Bestuurder, Beheerder]),
        ["/health/live"] = new("/health/live", null),
        ["/health/ready"] = new("/health/ready", null),
        ["/openapi/{documentName}.json"] = new("/openapi/v1.json", null),
        ["/api/v1/reference/forms"] = new("/api/v1/reference/forms", null),
        ["/api/v1/reference/melder-types"] = new("/api/v1/reference/melder-types", null),
        ["/api/v1/reference/sectors"] = new("/api/v1/reference/sectors", null),
        ["/api/v1/reference/indicators"] = new("/api/v1/reference/indicators", null),
        ["/api/v1/reference/municipalities"] = new("/api/v1/reference/municipalities", null),
        // Only a partner system's API key opens intake; a signed-in browser session does not.
        ["/api/v1/signals"] = new("/api/v1/signals", [], Method: "POST"),
    };

    [Fact]
    public void Every_route_of_the_app_has_an_access_rule()
    {
        var routes = EndpointListing.All(factory).Select(e => e.Route).ToList();
        routes.Where(r => !Rules.ContainsKey(r)).ShouldBeEmpty("routes without an access rule in the matrix");
        Rules.Keys.Where(k => !routes.Contains(k)).ShouldBeEmpty("rules for routes that no longer exist");
    }

    public static TheoryData<string> Principals()
    {
        var data = new TheoryData<string> { Anonymous };
        foreach (var a in Accounts)
        {
            data.Add(a);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Principals))]
    public async Task Each_principal_gets_exactly_the_access_the_matrix_gives_it(string principal)
    {
        var samples = await SampleValuesAsync();
        var session = principal == Anonymous ? WebSession.Anonymous(factory) : await WebSession.SignedInAsync(factory, principal);
        var failures = new List<string>();
        foreach (var (route, rule) in Rules.OrderBy(r => r.Key))
        {
            var path = samples.Aggregate(rule.SamplePath, (p, kv) => p.Replace("{" + kv.Key + "}", kv.Value, StringComparison.Ordinal));
            var response = rule.Method == "POST"
                ? await session.Client.PostAsJsonAsync(path, new { clientId = "matrix" })
                : await session.GetAsync(path);
            var allowed = rule.Allowed is null || (principal != Anonymous && rule.Allowed.Contains(principal));
            var expected = allowed ? rule.Ok
                : rule.Method == "POST" || (principal == Anonymous && path.StartsWith("/api/", StringComparison.Ordinal)) ? HttpStatusCode.Unauthorized
                : principal == Anonymous ? HttpStatusCode.Redirect
                : HttpStatusCode.Forbidden;
            if (response.StatusCode != expected)
            {
                failures.Add($"{route} ({path}): expected {(int)expected}, got {(int)response.StatusCode}");
            }
            else if (!allowed && expected == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/inloggen", StringComparison.Ordinal) != true)
            {
                failures.Add($"{route}: anonymous redirect goes to {response.Headers.Location} instead of /inloggen");
            }
        }
        failures.ShouldBeEmpty($"access of {principal}");
    }

    private Task<int> PastMeetingAsync() =>
        factory.WithAsync(db => db.Set<TableMeeting>().OrderBy(m => m.StartsAt).Select(m => m.Id).FirstAsync());

    private async Task<Dictionary<string, string>> SampleValuesAsync() => new()
    {
        ["zwolle"] = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New),
        ["userId"] = await factory.WithAsync(db => db.Users.Where(u => u.Email == AfZwolle).Select(u => u.Id).SingleAsync()),
        ["orgId"] = (await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync())).ToString(),
        ["formItemId"] = (await factory.WithAsync(db => db.ReferenceItems.Where(i => i.List == ReferenceList.ExploitationForm).Select(i => i.Id).FirstAsync())).ToString(),
        ["indicatorId"] = (await factory.WithAsync(db => db.Indicators.Select(i => i.Id).FirstAsync())).ToString(),
        ["subjectId"] = (await factory.WithAsync(db => db.Subjects.Select(s => s.Id).FirstAsync())).ToString(),
        ["blockId"] = (await factory.WithAsync(db => db.Set<BuildingBlock>().Select(b => b.Id).FirstAsync())).ToString(),
        ["zwolleSubject"] = (await factory.WithAsync(async db => { var r = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New); return await db.Subjects.Where(s => db.Signals.Any(g => g.Id == s.SignalId && g.Reference == r)).Select(s => s.Id).FirstAsync(); })).ToString(),
        ["linkedSubject"] = (await factory.WithAsync(db => db.Subjects.Where(s => s.FullName == "Dimitar Petrov").Select(s => s.Id).FirstAsync())).ToString(),
        ["pastMeeting"] = (await PastMeetingAsync()).ToString(),
        ["pastItem"] = (await factory.WithAsync(async db => { var m = await PastMeetingAsync(); return await db.Set<TableAgendaItem>().Where(i => i.MeetingId == m).Select(i => i.Id).FirstAsync(); })).ToString(),
        ["case"] = (await factory.WithAsync(db => db.Set<TableCase>().Select(c => c.Id).FirstAsync())).ToString(),
        ["table"] = (await factory.WithAsync(db => db.Set<RegionalTable>().Select(t => t.Id).FirstAsync())).ToString(),
        ["careFile"] = (await factory.WithAsync(db => db.Set<CareFile>().Select(f => f.Id).FirstAsync())).ToString(),
        ["careCase"] = (await factory.WithAsync(db => db.Set<CareFile>().Select(f => f.CaseId).FirstAsync())).ToString(),
        ["ad"] = (await factory.WithAsync(db => db.Set<Schakel.Web.Features.Ads.StoredAd>().Select(a => a.Id).FirstAsync())).ToString(),
        ["adCluster"] = (await factory.WithAsync(db => db.Set<Schakel.Web.Features.Ads.StoredAdCluster>().Select(c => c.Id).FirstAsync())).ToString(),
        ["careSubject"] = (await factory.WithAsync(db => db.Set<CareFile>().Select(f => f.SubjectId).FirstAsync())).ToString(),
    };
}
