using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Privacy;

public sealed class SubjectRequestTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private async Task<string> FileSignalAsync(string clientId)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await factory.ApiKeyAsync());
        var response = await client.PostAsJsonAsync("/api/v1/signals", new
        {
            clientId, melderType = "POLITIE", municipality = "Kampen", forms = new[] { "ARBEID" },
            description = "Twee werknemers van een kwekerij wonen in een container op het terrein.",
            subjects = new object[]
            {
                new { role = "victim", fullName = "Tomasz Wiśniewski", dateOfBirth = "1991-05-06", phones = new[] { "+48 600 111 222" }, street = "Kwekerijweg", houseNumber = "4" },
                new { role = "victim", fullName = "Bogdan Lewandowski", phones = new[] { "+48 600 333 444" } },
            },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    [Fact]
    public async Task A_search_by_phone_also_finds_screened_ads_with_that_number_in_another_notation()
    {
        var p = Ads.AdUploads.Prefix();
        var digits = Random.Shared.Next(30_000_000, 39_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var csv = $"{Ads.AdUploads.Header}\n{p}-1,2026-09-01,Hardenberg,06-{digits},{p}_lena,Lena,\"Lena {p} hier.\",90,24,\n";
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        (await Ads.AdUploads.UploadAsync(riec, System.Text.Encoding.UTF8.GetBytes(csv), "lena.csv")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var html = WebUtility.HtmlDecode(await (await fg.PostFormAsync("/privacy/personen", new() { ["Phone"] = $"+31 6 {digits[..4]} {digits[4..]}" })).Content.ReadAsStringAsync());
        html.ShouldContain($"advertentie {p}-1, Hardenberg, 1-9-2026, met account");
        var other = WebUtility.HtmlDecode(await (await fg.PostFormAsync("/privacy/personen", new() { ["Phone"] = "06-10101010" })).Content.ReadAsStringAsync());
        other.ShouldNotContain($"{p}-1");
    }

    [Fact]
    public async Task A_search_by_account_finds_the_person_in_a_signal_and_the_ads_of_that_account()
    {
        var p = Ads.AdUploads.Prefix();
        var csv = $"{Ads.AdUploads.Header}\n{p}-h1,2026-09-02,Deventer,,{p}_mila,Mila,\"Mila {p} nieuw.\",80,22,\n{p}-h2,2026-09-03,Zwolle,,{p}_other,Kim,\"Kim {p}.\",80,22,\n";
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        (await Ads.AdUploads.UploadAsync(riec, System.Text.Encoding.UTF8.GetBytes(csv), "mila.csv")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await factory.ApiKeyAsync());
        var response = await client.PostAsJsonAsync("/api/v1/signals", new
        {
            clientId = $"dsr-handle-{p}", melderType = "POLITIE", municipality = "Deventer", forms = new[] { "SEKS" },
            description = "Advertentie op een datingsite, jonge vrouw lijkt onder druk te staan.",
            subjects = new object[] { new { role = "victim", fullName = "Mila Jansen", handles = new[] { $"https://www.instagram.com/{p}_Mila/" } } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var html = WebUtility.HtmlDecode(await (await fg.PostFormAsync("/privacy/personen", new() { ["Handle"] = $"@{p}_MILA" })).Content.ReadAsStringAsync());
        html.ShouldContain("Mila Jansen");
        html.ShouldContain($"advertentie {p}-h1, Deventer");
        html.ShouldNotContain($"{p}-h2");

        var blank = await fg.PostFormAsync("/privacy/personen", new() { ["Handle"] = "@ /" });
        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync()).ShouldContain("Dit account bevat geen bruikbare naam");
    }

    [Fact]
    public async Task An_ad_with_handle_at_Lisa_X_is_found_by_searching_the_profile_link_and_the_search_is_audited()
    {
        var p = Ads.AdUploads.Prefix();
        var csv = $"{Ads.AdUploads.Header}\n{p}-l1,2026-09-04,Kampen,,@Lisa_X,Lisa,\"Lisa {p} nieuw.\",80,22,\n{p}-l2,2026-09-05,Kampen,,@Lisa_X2,Lisa,\"Lisa {p} twee.\",80,22,\n";
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        (await Ads.AdUploads.UploadAsync(riec, System.Text.Encoding.UTF8.GetBytes(csv), "lisa.csv")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var response = await fg.PostFormAsync("/privacy/personen", new() { ["Handle"] = "instagram.com/lisa_x" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain($"advertentie {p}-l1, Kampen, 4-9-2026, met account");
        html.ShouldNotContain($"{p}-l2");

        (await factory.WithAsync(db => db.AuditEntries.Where(e => e.RecordType == nameof(Core.Audit.AuditRecordType.PersonSearch))
            .OrderByDescending(e => e.Sequence).Select(e => e.Details).FirstAsync())).ShouldBe("0 treffer(s), 1 advertentie(s)");
    }

    [Fact]
    public async Task A_search_by_phone_uses_the_shared_normaliser_and_refuses_a_number_that_does_not_exist()
    {
        var p = Ads.AdUploads.Prefix();
        var digits = Random.Shared.Next(40_000_000, 49_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var csv = $"{Ads.AdUploads.Header}\n{p}-p1,2026-09-06,Ommen,+31 (0)6 {digits},,Noor,\"Noor {p}.\",80,22,\n";
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        (await Ads.AdUploads.UploadAsync(riec, System.Text.Encoding.UTF8.GetBytes(csv), "noor.csv")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var html = WebUtility.HtmlDecode(await (await fg.PostFormAsync("/privacy/personen", new() { ["Phone"] = $"0031 6 {digits[..2]}.{digits[2..4]}.{digits[4..6]}.{digits[6..]}" })).Content.ReadAsStringAsync());
        html.ShouldContain($"advertentie {p}-p1, Ommen");

        var refused = await fg.PostFormAsync("/privacy/personen", new() { ["Phone"] = "06-71234567" });
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Dit telefoonnummer is niet te herkennen");
    }

    [Fact]
    public async Task An_access_export_holds_everything_about_the_person_and_nothing_about_the_other()
    {
        var reference = await FileSignalAsync("dsr-1");
        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var search = await fg.PostFormAsync("/privacy/personen", new() { ["Name"] = "wiśniewski" });
        var html = await search.Content.ReadAsStringAsync();
        var subjectId = Regex.Match(html, $"/privacy/personen/(\\d+)\">Tomasz[^<]*</a>[^<]*melding {reference}").Groups[1].Value;
        subjectId.ShouldNotBeEmpty();
        html.ShouldNotContain("Bogdan");

        var json = await fg.GetAsync($"/privacy/personen/{subjectId}?handler=Json");
        json.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = await json.Content.ReadAsStringAsync();
        var export = JsonDocument.Parse(text).RootElement;
        export.GetProperty("person").GetProperty("fullName").GetString().ShouldBe("Tomasz Wiśniewski");
        export.GetProperty("person").GetProperty("phones").GetString().ShouldBe("+48 600 111 222");
        export.GetProperty("person").GetProperty("street").GetString().ShouldBe("Kwekerijweg");
        export.GetProperty("signal").GetProperty("reference").GetString().ShouldBe(reference);
        export.GetProperty("accessedBy").GetArrayLength().ShouldBeGreaterThan(0);
        text.ShouldNotContain("Bogdan");
        text.ShouldNotContain("Lewandowski");
        text.ShouldNotContain("333 444");
    }

    [Fact]
    public async Task Erasure_is_refused_while_the_signal_is_open_and_done_after_closure_with_an_audit_line()
    {
        var reference = await FileSignalAsync("dsr-2");
        var subjectId = await factory.WithAsync(db => db.Subjects.Where(s => s.FullName == "Bogdan Lewandowski" && db.Signals.Any(g => g.Id == s.SignalId && g.Reference == reference)).Select(s => s.Id).SingleAsync());
        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var page = $"/privacy/personen/{subjectId}";

        var refused = await fg.PostFormAsync($"{page}?handler=Erase", new() { ["Reason"] = "Verzoek betrokkene" }, formPage: page);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Wissen kan niet zolang de melding nog open is");

        await factory.WithAsync(async db =>
        {
            var s = await db.Signals.SingleAsync(x => x.Reference == reference);
            s.Stored(x => x.Status, SignalStatus.HandledLocally).Stored(x => x.ClosedAt, factory.Now);
            return await db.SaveChangesAsync();
        });
        (await fg.PostFormAsync($"{page}?handler=Erase", new() { ["Reason"] = "Verzoek betrokkene, geen bewaarplicht" }, formPage: page)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var subject = await factory.WithAsync(db => db.Subjects.SingleAsync(s => s.Id == subjectId));
        subject.FullName.ShouldBeNull();
        subject.Phones.ShouldBeNull();
        (await factory.WithAsync(db => db.AuditEntries.AnyAsync(e => e.RecordType == "Subject" && e.RecordId == subjectId.ToString() && e.Purpose == "Verzoek betrokkene, geen bewaarplicht"))).ShouldBeTrue();
    }

    [Fact]
    public async Task Only_the_privacy_officer_reaches_the_privacy_pages()
    {
        var af = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        (await af.GetAsync("/privacy/personen")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await af.GetAsync("/privacy/audit")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await af.GetAsync("/privacy/bewaartermijnen")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
