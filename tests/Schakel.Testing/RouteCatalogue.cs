using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Core.BasicLevel;
using Schakel.Core.Care;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using TableAgendaItem = Schakel.Core.Table.AgendaItem;

namespace Schakel.Testing;

/// <summary>
/// Every route of the app with a sample path and who may open it: the one list that the authorization matrix checks
/// access against and that the browser walk, the screenshots and the page benchmark visit. A new route needs a rule
/// here (the matrix test fails on a route without one).
/// </summary>
public static class RouteCatalogue
{
    public const string Anonymous = "anoniem";
    public const string Melder = "melder@demo.schakel.nl", AfZwolle = "af.zwolle@demo.schakel.nl", AfDeventer = "af.deventer@demo.schakel.nl",
        Keten = "ketenregisseur@demo.schakel.nl", Proces = "procesregisseur@demo.schakel.nl", Zorg = "zorgcoordinator@demo.schakel.nl",
        Politie = "politie@demo.schakel.nl", Riec = "riec@demo.schakel.nl", Oov = "oov@demo.schakel.nl", Bestuurder = "bestuurder@demo.schakel.nl",
        Fg = "fg@demo.schakel.nl", Beheerder = "beheerder@demo.schakel.nl";

    // The second region (Twente) that the integration tests seed (SecondRegion there): its own table where the partner
    // organisations and Enschede have a seat. Its accounts sign in only where that region was seeded.
    public const string KetenT = "ketenregisseur@twente.test", ZorgT = "zorg@twente.test", PolitieT = "politie@twente.test", AfEnschede = "af.enschede@twente.test";

    public static readonly string[] Accounts = [Melder, AfZwolle, AfDeventer, Keten, Proces, Zorg, Politie, Riec, Oov, Bestuurder, Fg, Beheerder, KetenT, ZorgT, PolitieT, AfEnschede];
    private static readonly string[] FileSignals = [Melder, AfZwolle, AfDeventer, Keten, Proces, Zorg, Politie, Riec, Oov, KetenT, ZorgT, PolitieT, AfEnschede];
    private static readonly string[] BreakGlassRoles = [AfZwolle, AfDeventer, Proces, Zorg, Politie, Riec, Oov];
    private static readonly string[] TableMembers = [Keten, Proces, Zorg, Politie, Riec];

    /// <summary>One demo account per role of the demo region, the way a browser walk signs in.</summary>
    public static readonly string[] DemoRoles = [Melder, AfZwolle, Keten, Proces, Zorg, Politie, Riec, Oov, Bestuurder, Fg, Beheerder];

    /// <summary>
    /// Who may open a route: null = everyone including anonymous; otherwise the signed-in accounts allowed. A record with
    /// a sequential id answers 404 (<paramref name="Denied"/>) to whoever may not see it, as for an id that does not
    /// exist; those who see the record but may not use this page (<paramref name="Sees"/>) get 403.
    /// </summary>
    public sealed record Rule(string SamplePath, string[]? Allowed, HttpStatusCode Ok = HttpStatusCode.OK, string Method = "GET",
        HttpStatusCode Denied = HttpStatusCode.Forbidden, string[]? Sees = null, string[]? HiddenFor = null)
    {
        public bool Allows(string principal) => Allowed is null || (principal != Anonymous && Allowed.Contains(principal));
    }

    private const HttpStatusCode Hidden = HttpStatusCode.NotFound;

    public static readonly Dictionary<string, Rule> Rules = new()
    {
        ["/"] = new("/", Accounts),
        ["/inloggen"] = new("/inloggen", null),
        ["/inloggen/tweestaps"] = new("/inloggen/tweestaps", null, HttpStatusCode.Redirect),
        ["/uitloggen"] = new("/uitloggen", null),
        ["/geen-toegang"] = new("/geen-toegang", null, HttpStatusCode.Forbidden),
        ["/fout/{code:int}"] = new("/fout/404", null),
        ["/account/tweestaps"] = new("/account/tweestaps", Accounts),
        ["/account/wachtwoord"] = new("/account/wachtwoord", Accounts),
        ["/account/e-mail"] = new("/account/e-mail", Accounts),
        ["/melden"] = new("/melden", null),
        ["/melden/bedankt"] = new("/melden/bedankt?reference=MH-0000-0000", null),
        ["/meldingen"] = new("/meldingen", [AfZwolle, AfDeventer, Keten, KetenT, AfEnschede]),
        ["/meldingen/regio"] = new("/meldingen/regio", [Keten, KetenT]),
        ["/meldingen/triage"] = new("/meldingen/triage", [Keten, KetenT]),
        ["/meldingen/triage/route"] = new("/meldingen/triage/route", [Keten, Beheerder, KetenT]),
        ["/meldingen/{reference}/triage"] = new("/meldingen/{zwolle}/triage", [Keten]),
        ["/meldingen/nieuw"] = new("/meldingen/nieuw", FileSignals),
        ["/meldingen/{reference}"] = new("/meldingen/{zwolle}", [AfZwolle, Keten]),
        ["/meldingen/{reference}/personen/{subjectId:int}"] = new("/meldingen/{zwolle}/personen/{zwolleSubject}", [AfZwolle, Keten]),
        ["/meldingen/{reference}/spoed-mdo"] = new("/meldingen/{zwolle}/spoed-mdo", [AfZwolle, Keten]),
        ["/spoed-mdo"] = new("/spoed-mdo", Accounts),
        // A spoed-MDO about the acute Deventer signal, with the police invited: the starter's side and the invitee.
        ["/spoed-mdo/{id:int}"] = new("/spoed-mdo/{consultation}", [AfDeventer, Keten, Politie]),
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
        ["/beheer/uitgaande-mail"] = new("/beheer/uitgaande-mail", [Beheerder]),
        // No such file: the administrator gets past the policy and finds nothing.
        ["/beheer/uitgaande-mail/bestand/{name}"] = new("/beheer/uitgaande-mail/bestand/bestaat-niet.eml", [Beheerder], HttpStatusCode.NotFound),
        ["/beheer/lijsten"] = new("/beheer/lijsten", [Beheerder]),
        ["/beheer/lijsten/{list}"] = new("/beheer/lijsten/vormen", [Beheerder]),
        ["/beheer/lijsten/{list}/{id:int}"] = new("/beheer/lijsten/vormen/{formItemId}", [Beheerder]),
        ["/beheer/lijsten/indicatoren"] = new("/beheer/lijsten/indicatoren", [Beheerder]),
        ["/beheer/lijsten/indicatoren/{id:int}"] = new("/beheer/lijsten/indicatoren/{indicatorId}", [Beheerder]),
        ["/privacy/audit"] = new("/privacy/audit", [Fg]),
        ["/rolverzoeken"] = new("/rolverzoeken", [Keten, Fg, KetenT]),
        ["/privacy/personen"] = new("/privacy/personen", [Fg]),
        ["/privacy/personen/{id:int}"] = new("/privacy/personen/{subjectId}", [Fg]),
        ["/privacy/bewaartermijnen"] = new("/privacy/bewaartermijnen", [Fg]),
        ["/privacy/noodtoegang"] = new("/privacy/noodtoegang", [Fg]),
        ["/tafel"] = new("/tafel", Accounts),
        ["/mijn-acties"] = new("/mijn-acties", Accounts),
        // The meeting held two weeks ago decided on a Zwolle signal: its AF reads that meeting, not the pre-round or decisions.
        ["/tafel/beheer"] = new("/tafel/beheer", [Keten, Beheerder, KetenT]),
        // A chain director arranges the tables of the own region only: a seat would open another region's signals.
        ["/tafel/beheer/{id:int}"] = new("/tafel/beheer/{table}", [Keten, Beheerder], HiddenFor: [KetenT]),
        ["/tafel/vergaderingen/{id:int}"] = new("/tafel/vergaderingen/{pastMeeting}", [.. TableMembers, AfZwolle], Denied: Hidden),
        ["/tafel/vergaderingen/{id:int}/agenda"] = new("/tafel/vergaderingen/{pastMeeting}/agenda", [.. TableMembers, AfZwolle], Denied: Hidden),
        ["/tafel/vergaderingen/{id:int}/verslag"] = new("/tafel/vergaderingen/{pastMeeting}/verslag", [.. TableMembers, AfZwolle], Denied: Hidden),
        ["/tafel/vergaderingen/{id:int}/aanwezigheid"] = new("/tafel/vergaderingen/{pastMeeting}/aanwezigheid", [Keten, Proces], Denied: Hidden, Sees: [Zorg, Politie, Riec, AfZwolle]),
        ["/tafel/vergaderingen/{id:int}/voorronde"] = new("/tafel/vergaderingen/{pastMeeting}/voorronde", TableMembers, Denied: Hidden, Sees: [AfZwolle]),
        ["/tafel/vergaderingen/{id:int}/punten/{itemId:int}"] = new("/tafel/vergaderingen/{pastMeeting}/punten/{pastItem}", TableMembers, Denied: Hidden, Sees: [AfZwolle]),
        ["/zaken/{id:int}"] = new("/zaken/{case}", [.. TableMembers, AfZwolle], Denied: Hidden),
        ["/zorg"] = new("/zorg", [Zorg, ZorgT]),
        ["/zorg/{id:int}"] = new("/zorg/{careFile}", [Zorg, AfZwolle], Denied: Hidden),
        // The parts of a care file are changed by posts to their own pages; reading one leads back to the care file.
        ["/zorg/{id:int}/behoeften"] = new("/zorg/{careFile}/behoeften", [Zorg, AfZwolle], HttpStatusCode.Redirect, Denied: Hidden),
        ["/zorg/{id:int}/opvang"] = new("/zorg/{careFile}/opvang", [Zorg, AfZwolle], HttpStatusCode.Redirect, Denied: Hidden),
        ["/zorg/{id:int}/verblijf"] = new("/zorg/{careFile}/verblijf", [Zorg, AfZwolle], HttpStatusCode.Redirect, Denied: Hidden),
        ["/zorg/{id:int}/contacten"] = new("/zorg/{careFile}/contacten", [Zorg, AfZwolle], HttpStatusCode.Redirect, Denied: Hidden),
        ["/zorg/{id:int}/toestemming"] = new("/zorg/{careFile}/toestemming", [Zorg, AfZwolle], HttpStatusCode.Redirect, Denied: Hidden),
        ["/zorg/{id:int}/doelen"] = new("/zorg/{careFile}/doelen", [Zorg, AfZwolle], HttpStatusCode.Redirect, Denied: Hidden),
        ["/zorg/{id:int}/notities"] = new("/zorg/{careFile}/notities", [Zorg, AfZwolle], HttpStatusCode.Redirect, Denied: Hidden),
        ["/zorg/{id:int}/sluiten"] = new("/zorg/{careFile}/sluiten", [Zorg, AfZwolle], HttpStatusCode.Redirect, Denied: Hidden),
        // The victim of the demo case has a care file: the way in from the case redirects to it.
        ["/zorg/zaak/{caseId:int}/persoon/{subjectId:int}"] = new("/zorg/zaak/{careCase}/persoon/{careSubject}", [Zorg, AfZwolle], HttpStatusCode.Redirect, Denied: Hidden),
        ["/basisniveau"] = new("/basisniveau", [Bestuurder, Keten, Proces, Beheerder, AfZwolle, AfDeventer, Oov, KetenT, AfEnschede], HttpStatusCode.Redirect),
        ["/basisniveau/{municipalityId:int}"] = new("/basisniveau/{orgId}", [Bestuurder, Keten, Proces, Beheerder, AfZwolle, Oov, KetenT]),
        ["/basisniveau/{municipalityId:int}/bouwstenen/{blockId:int}"] = new("/basisniveau/{orgId}/bouwstenen/{blockId}", [AfZwolle, Oov]),
        ["/basisniveau/actiepunten/{id:int?}"] = new("/basisniveau/actiepunten?gemeente={orgId}", [AfZwolle, Oov]),
        ["/basisniveau/contacten/{id:int?}"] = new("/basisniveau/contacten?gemeente={orgId}", [AfZwolle, Oov]),
        ["/basisniveau/overzicht"] = new("/basisniveau/overzicht", [Bestuurder, Keten, Proces, Beheerder, KetenT]),
        ["/basisniveau/overzicht.xlsx"] = new("/basisniveau/overzicht.xlsx", [Bestuurder, Keten, Proces, Beheerder, KetenT]),
        ["/beheer/bouwstenen"] = new("/beheer/bouwstenen", [Beheerder]),
        ["/beheer/bouwstenen/{id}"] = new("/beheer/bouwstenen/nieuw", [Beheerder]),
        ["/melden/gemeenten"] = new("/melden/gemeenten", null),
        ["/trainingen"] = new("/trainingen", [Bestuurder, Keten, Proces, Beheerder, AfZwolle, AfDeventer, Oov, KetenT, AfEnschede]),
        ["/trainingen/catalogus/{id:int?}"] = new("/trainingen/catalogus", [Keten, Beheerder, KetenT]),
        ["/trainingen/sessies/nieuw"] = new("/trainingen/sessies/nieuw", [AfZwolle, AfDeventer, Oov, Keten, KetenT, AfEnschede]),
        ["/koppelen"] = new("/koppelen", [Keten, KetenT]),
        // The chain director of another region finds no person or cluster of this region.
        ["/koppelen/persoon/{id:int}"] = new("/koppelen/persoon/{subjectId}", [Keten], HiddenFor: [KetenT]),
        ["/koppelen/cluster/{number:int}"] = new("/koppelen/cluster/{linkedSubject}", [Keten], HiddenFor: [KetenT]),
        ["/koppelen/koppeling/{id:int}"] = new("/koppelen/koppeling/{subjectLink}", [Keten], HiddenFor: [KetenT]),
        // Each chain director reads the model of the own region.
        ["/koppelen/model/{id:int?}"] = new("/koppelen/model", [Keten, KetenT]),
        ["/advertenties"] = new("/advertenties", [Keten, Riec, Oov, KetenT]),
        ["/advertenties/importeren"] = new("/advertenties/importeren", [Keten, Riec, Oov, KetenT]),
        ["/advertenties/{id:int}"] = new("/advertenties/{ad}", [Keten, Riec, Oov, KetenT]),
        ["/advertenties/clusters/{id:int}"] = new("/advertenties/clusters/{adCluster}", [Keten, Riec, Oov, KetenT]),
        ["/advertenties/profiel"] = new("/advertenties/profiel", [Keten, Riec, Oov, Beheerder, KetenT]),
        ["/kosten"] = new("/kosten", [AfZwolle, AfDeventer, Keten, Proces, Bestuurder, Beheerder, KetenT, AfEnschede]),
        ["/dashboard"] = new("/dashboard", [AfZwolle, AfDeventer, Keten, Proces, Bestuurder, Beheerder, KetenT, AfEnschede]),
        ["/dashboard.xlsx"] = new("/dashboard.xlsx", [AfZwolle, AfDeventer, Keten, Proces, Bestuurder, Beheerder, KetenT, AfEnschede]),
        ["/dashboard.csv"] = new("/dashboard.csv", [AfZwolle, AfDeventer, Keten, Proces, Bestuurder, Beheerder, KetenT, AfEnschede]),
        ["/dashboard/jaarverslag"] = new("/dashboard/jaarverslag", [AfZwolle, AfDeventer, Keten, Proces, Bestuurder, Beheerder, KetenT, AfEnschede]),
        ["/dashboard/comensha"] = new("/dashboard/comensha", [Keten, Zorg, KetenT, ZorgT]),
        ["/dashboard/comensha.xlsx"] = new("/dashboard/comensha.xlsx", [Keten, Zorg, KetenT, ZorgT]),
        ["/dashboard/comensha.csv"] = new("/dashboard/comensha.csv", [Keten, Zorg, KetenT, ZorgT]),
        ["/api/v1/figures"] = new("/api/v1/figures", [AfZwolle, AfDeventer, Keten, Proces, Bestuurder, Beheerder, KetenT, AfEnschede]),
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
        // The undermining route: the demo puts the Zwolle case's signal to Zwolle's OOV adviser (not escalated).
        ["/ondermijning"] = new("/ondermijning", [Oov]),
        ["/ondermijning/riec"] = new("/ondermijning/riec", [Riec]),
        ["/ondermijning/{id:int}"] = new("/ondermijning/{referral}", [Oov], Denied: Hidden),
        ["/meldingen/{reference}/ondermijning"] = new("/meldingen/{zwolle}/ondermijning", [AfZwolle, Keten]),
        // The history import: the administrator and the chain director of the region; another region's import is not found.
        ["/beheer/import"] = new("/beheer/import", [Keten, Beheerder, KetenT]),
        ["/beheer/import/bestand/{id:int}/kolommen"] = new("/beheer/import/bestand/{importUpload}/kolommen", [Keten, Beheerder], HiddenFor: [KetenT]),
        ["/beheer/import/bestand/{id:int}/codes"] = new("/beheer/import/bestand/{importUpload}/codes", [Keten, Beheerder], HiddenFor: [KetenT]),
        ["/beheer/import/bestand/{id:int}/proef"] = new("/beheer/import/bestand/{importUpload}/proef", [Keten, Beheerder], HiddenFor: [KetenT]),
        ["/beheer/import/{id:int}"] = new("/beheer/import/{importBatch}", [Keten, Beheerder], HiddenFor: [KetenT]),
        ["/beheer/import/{id:int}/geweigerd"] = new("/beheer/import/{importBatch}/geweigerd", [Keten, Beheerder], HiddenFor: [KetenT]),
        // Rolling back is the administrator's alone: the chain director sees the import but gets 403 here.
        ["/beheer/import/{id:int}/terugdraaien"] = new("/beheer/import/{importBatch}/terugdraaien", [Beheerder], Sees: [Keten], HiddenFor: [KetenT]),
    };

    /// <summary>
    /// The seat rules, beyond one sample per route: signals of each region on or acute for its table, and the pre-round
    /// of the Twente table, where Enschede's municipal seat does not make its attention officer a member.
    /// </summary>
    public static readonly (string Name, Rule Rule)[] SeatSamples =
    [
        ("signal on the IJsselland table, in a case, put to Zwolle's OOV adviser", new("/meldingen/{zwolleTable}", [AfZwolle, Keten, Proces, Zorg, Politie, Riec, Oov])),
        ("acute signal of a minor in Deventer", new("/meldingen/{deventerAcute}", [AfDeventer, Keten, Proces, Zorg, Politie, Riec])),
        ("signal on the Twente table", new("/meldingen/{twente}", [KetenT, ZorgT, PolitieT, AfEnschede])),
        ("pre-round of the Twente table", new("/tafel/vergaderingen/{twenteMeeting}/voorronde", [KetenT, ZorgT, PolitieT], Denied: Hidden)),
        ("case of the IJsselland table", new("/zaken/{case}", [.. TableMembers, AfZwolle], Denied: Hidden)),
    ];

    /// <summary>
    /// The HTML pages <paramref name="principal"/> may open with GET, as (route, resolved path, status): every allowed rule and
    /// seat sample that answers with a page, without API, health, file downloads and redirects, and without samples
    /// whose data this app does not have.
    /// </summary>
    public static List<(string Route, string Path, HttpStatusCode Status)> PagesFor(string principal, IReadOnlyDictionary<string, string> samples) =>
        Rules.Select(r => (Route: r.Key, Rule: r.Value)).Concat(SeatSamples.Select(s => (Route: s.Name, s.Rule)))
            .Where(r => r.Rule.Method == "GET" && r.Rule.Ok is HttpStatusCode.OK or HttpStatusCode.Forbidden && r.Rule.Allows(principal))
            .Select(r => (r.Route, Path: Resolve(r.Rule.SamplePath, samples), Status: r.Rule.Ok))
            .Where(r => IsPage(r.Path))
            .DistinctBy(r => r.Path).OrderBy(r => r.Path, StringComparer.Ordinal).ToList();

    private static readonly string[] NotPages = ["/api/", "/health/", "/openapi/"];
    private static readonly string[] FileExtensions = [".json", ".csv", ".xlsx", ".eml"];

    private static bool IsPage(string path)
    {
        var bare = path.Split('?')[0];
        return !path.Contains('{') && !NotPages.Any(p => path.StartsWith(p, StringComparison.Ordinal))
            && !FileExtensions.Any(e => bare.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>One spoed-MDO about the acute Deventer signal, started by its officer with the police invited; made once.</summary>
    private static Task<int> ConsultationSampleAsync(SchakelFactory factory) =>
        factory.WithAsync(async db =>
        {
            var signal = await db.Signals.FirstAsync(s => s.Municipality!.Name == "Deventer" && s.IsAcute);
            if (await db.Set<Schakel.Core.Consultations.AcuteConsultation>().Where(c => c.SignalId == signal.Id).Select(c => (int?)c.Id).FirstOrDefaultAsync() is { } id)
            {
                return id;
            }
            var af = await db.Users.SingleAsync(u => u.Email == AfDeventer);
            var police = await db.Users.SingleAsync(u => u.Email == Politie);
            var consultation = Schakel.Core.Consultations.AcuteConsultation.Start(signal, new Schakel.Core.Common.Actor(af.Id, af.DisplayName), "Is zij bekend?", 4,
                [new Schakel.Core.Consultations.Invitee(police.Id, police.DisplayName)], null, factory.Now);
            db.Add(consultation);
            await db.SaveChangesAsync();
            return consultation.Id;
        });

    private static Task<int> PastMeetingAsync(SchakelFactory factory) =>
        factory.WithAsync(db => db.Set<TableMeeting>().OrderBy(m => m.StartsAt).Select(m => m.Id).FirstAsync());

    private static Task<string> SignalReferenceAsync(this SchakelFactory factory, string municipality, SignalStatus status) =>
        factory.WithAsync(db => db.Signals.Where(s => s.Municipality!.Name == municipality && s.Status == status).OrderBy(s => s.Id).Select(s => s.Reference).FirstAsync());

    /// <summary>
    /// The value of every placeholder of the sample paths on the demo data of this app; <paramref name="extra"/> adds
    /// those of data a test seeded itself (the second region). Starts one spoed-MDO if there is none yet.
    /// </summary>
    public static async Task<Dictionary<string, string>> SampleValuesAsync(SchakelFactory factory, IReadOnlyDictionary<string, string>? extra = null)
    {
        var values = extra?.ToDictionary() ?? [];
        foreach (var (key, value) in await DemoSampleValuesAsync(factory))
        {
            values[key] = value;
        }
        return values;
    }

    /// <summary>The sample path with its placeholders filled in; a placeholder without a value stays as it is.</summary>
    public static string Resolve(string samplePath, IReadOnlyDictionary<string, string> samples) =>
        samples.Aggregate(samplePath, (p, kv) => p.Replace("{" + kv.Key + "}", kv.Value, StringComparison.Ordinal));

    private static async Task<Dictionary<string, string>> DemoSampleValuesAsync(SchakelFactory factory) => new()
    {
        ["zwolleTable"] = await factory.SignalReferenceAsync("Zwolle", SignalStatus.RegisteredForTable),
        ["consultation"] = (await ConsultationSampleAsync(factory)).ToString(),
        ["deventerAcute"] = await factory.WithAsync(db => db.Signals.Where(s => s.Municipality!.Name == "Deventer" && s.IsAcute).Select(s => s.Reference).FirstAsync()),
        ["zwolle"] = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New),
        ["userId"] = await factory.WithAsync(db => db.Users.Where(u => u.Email == AfZwolle).Select(u => u.Id).SingleAsync()),
        ["orgId"] = (await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync())).ToString(),
        ["formItemId"] = (await factory.WithAsync(db => db.ReferenceItems.Where(i => i.List == ReferenceList.ExploitationForm).Select(i => i.Id).FirstAsync())).ToString(),
        ["indicatorId"] = (await factory.WithAsync(db => db.Indicators.Select(i => i.Id).FirstAsync())).ToString(),
        ["subjectId"] = (await factory.WithAsync(db => db.Subjects.Select(s => s.Id).FirstAsync())).ToString(),
        ["blockId"] = (await factory.WithAsync(db => db.Set<BuildingBlock>().Select(b => b.Id).FirstAsync())).ToString(),
        ["zwolleSubject"] = (await factory.WithAsync(async db => { var r = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New); return await db.Subjects.Where(s => db.Signals.Any(g => g.Id == s.SignalId && g.Reference == r)).Select(s => s.Id).FirstAsync(); })).ToString(),
        ["linkedSubject"] = (await factory.WithAsync(db => db.Subjects.Where(s => s.FullName == "Dimitar Petrov").Select(s => s.Id).FirstAsync())).ToString(),
        ["subjectLink"] = (await factory.WithAsync(db => db.Set<Schakel.Web.Features.Linking.SubjectLink>().Where(l => db.Subjects.Any(s => s.FullName == "Dimitar Petrov" && (s.Id == l.SubjectAId || s.Id == l.SubjectBId))).Select(l => l.Id).FirstAsync())).ToString(),
        ["pastMeeting"] = (await PastMeetingAsync(factory)).ToString(),
        ["pastItem"] = (await factory.WithAsync(async db => { var m = await PastMeetingAsync(factory); return await db.Set<TableAgendaItem>().Where(i => i.MeetingId == m).Select(i => i.Id).FirstAsync(); })).ToString(),
        ["case"] = (await factory.WithAsync(db => db.Set<TableCase>().Select(c => c.Id).FirstAsync())).ToString(),
        ["table"] = (await factory.WithAsync(db => db.Set<RegionalTable>().Select(t => t.Id).FirstAsync())).ToString(),
        ["careFile"] = (await factory.WithAsync(db => db.Set<CareFile>().Select(f => f.Id).FirstAsync())).ToString(),
        ["careCase"] = (await factory.WithAsync(db => db.Set<CareFile>().Select(f => f.CaseId).FirstAsync())).ToString(),
        ["ad"] = (await factory.WithAsync(db => db.Set<Schakel.Web.Features.Ads.Contracts.StoredAd>().Select(a => a.Id).FirstAsync())).ToString(),
        ["adCluster"] = (await factory.WithAsync(db => db.Set<Schakel.Web.Features.Ads.Contracts.StoredAdCluster>().Select(c => c.Id).FirstAsync())).ToString(),
        ["referral"] = (await factory.WithAsync(db => db.Set<Schakel.Core.Undermining.UnderminingReferral>().OrderBy(r => r.Id).Select(r => r.Id).FirstAsync())).ToString(),
        ["careSubject"] = (await factory.WithAsync(db => db.Set<CareFile>().Select(f => f.SubjectId).FirstAsync())).ToString(),
        ["importUpload"] = (await ImportSamples.SampleUploadAsync(factory)).ToString(),
        ["importBatch"] = (await ImportSamples.SampleBatchAsync(factory)).ToString(),
    };
}
