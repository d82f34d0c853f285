using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Ads;
using Schakel.Core.Signals;
using Schakel.Testing;
using Schakel.Web.Features.Ads;

namespace Schakel.IntegrationTests.Ads;

/// <summary>Review of ads and clusters, make-a-signal routing, the profile version behind a score, and the phone-in-signal indicator.</summary>
public sealed class AdReviewTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Riec = "riec@demo.schakel.nl", Oov = "oov@demo.schakel.nl";

    private async Task<StoredAd> ImportOneAsync(string city, string? phone = null)
    {
        var p = AdUploads.Prefix();
        var session = await WebSession.SignedInAsync(factory, Riec);
        var csv = $"{AdUploads.Header}\n{p},2026-10-01,{city},{phone ?? "06-2" + Random.Shared.Next(1000000, 9999999)},{p}_handle,Nieuw,\"Hoi ik ben Mila {p}, jong, 24/7 en zonder condoom\",30,19,\n";
        var response = await AdUploads.UploadAsync(session, Encoding.UTF8.GetBytes(csv), "een.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await factory.WithAsync(db => db.Set<StoredAd>().AsNoTracking().SingleAsync(a => a.AdId == p));
    }

    [Fact]
    public async Task Make_a_signal_puts_it_in_the_queue_of_the_municipality_of_the_ads_city_with_phone_and_handle()
    {
        var ad = await ImportOneAsync("Zwolle");
        var riec = await WebSession.SignedInAsync(factory, Riec);
        var html = WebUtility.HtmlDecode(await riec.GetHtmlAsync($"/advertenties/{ad.Id}"));
        var response = await riec.PostFormAsync($"/advertenties/{ad.Id}?handler=Signal",
            new() { ["Version"] = WebSession.HiddenValue(html, "Version")!, ["Note"] = "Gezien tijdens screening" }, formPage: $"/advertenties/{ad.Id}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stored = await factory.WithAsync(db => db.Set<StoredAd>().AsNoTracking().SingleAsync(a => a.Id == ad.Id));
        stored.Outcome.ShouldBe(AdOutcome.Signal);
        stored.SignalReference.ShouldNotBeNull();
        var signal = await factory.WithAsync(db => db.Signals.Include(s => s.Subjects).AsNoTracking().SingleAsync(s => s.Reference == stored.SignalReference));
        var zwolle = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync());
        signal.MunicipalityId.ShouldBe(zwolle);
        signal.Description!.ShouldContain("Gezien tijdens screening");
        signal.Subjects.Single().Phones.ShouldBe(stored.Phone);
        signal.Subjects.Single().Handles.ShouldBe(stored.Handle);

        (await (await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl")).GetHtmlAsync("/meldingen")).ShouldContain(signal.Reference);
        (await (await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl")).GetHtmlAsync("/meldingen")).ShouldNotContain(signal.Reference);
        (await factory.WithAsync(db => db.Set<AdReview>().CountAsync(r => r.AdId == ad.Id && r.SignalReference == signal.Reference))).ShouldBe(1);
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == "Ad" && e.RecordId == ad.Id.ToString()))).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_review_on_a_stale_version_is_refused_and_the_other_users_outcome_is_shown()
    {
        var ad = await ImportOneAsync("Kampen");
        var riec = await WebSession.SignedInAsync(factory, Riec);
        var oov = await WebSession.SignedInAsync(factory, Oov);
        var page = await riec.GetHtmlAsync($"/advertenties/{ad.Id}");
        var version = WebSession.HiddenValue(page, "Version")!;
        (await oov.PostFormAsync($"/advertenties/{ad.Id}", new() { ["Version"] = version, ["Outcome"] = "Monitor" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stale = await riec.PostFormAsync($"/advertenties/{ad.Id}", new() { ["Version"] = version, ["Outcome"] = "NoConcern", ["Note"] = "mijn toelichting" });
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var body = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        body.ShouldContain("Iemand anders heeft deze advertentie intussen gewijzigd");
        body.ShouldContain("Volgen");
        body.ShouldContain("mijn toelichting");
        (await factory.WithAsync(db => db.Set<StoredAd>().Where(a => a.Id == ad.Id).Select(a => a.Outcome).SingleAsync())).ShouldBe(AdOutcome.Monitor);
    }

    [Fact]
    public async Task A_review_without_outcome_is_refused_with_a_message()
    {
        var ad = await ImportOneAsync("Ommen");
        var riec = await WebSession.SignedInAsync(factory, Riec);
        var page = await riec.GetHtmlAsync($"/advertenties/{ad.Id}");
        var response = await riec.PostFormAsync($"/advertenties/{ad.Id}", new() { ["Version"] = WebSession.HiddenValue(page, "Version")!, ["Note"] = "bewaard" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        body.ShouldContain("Kies een uitkomst");
        body.ShouldContain("bewaard");
    }

    [Fact]
    public async Task The_demo_cluster_is_shown_as_a_picture_and_a_table_and_can_be_marked_for_a_control_visit()
    {
        var riec = await WebSession.SignedInAsync(factory, Riec);
        var cluster = await factory.WithAsync(db => db.Set<StoredAdCluster>().AsNoTracking().SingleAsync(c => c.Key == "cdemo-001"));
        cluster.AdCount.ShouldBe(4);
        var html = WebUtility.HtmlDecode(await riec.GetHtmlAsync($"/advertenties/clusters/{cluster.Id}"));
        html.ShouldContain("<svg");
        html.ShouldContain("<title id=\"graph-title\">");
        html.ShouldContain("+31612345678");
        html.ShouldContain("data-testid=\"cluster-ads\"");
        foreach (var city in new[] { "Zwolle", "Deventer", "Kampen" })
        {
            html.ShouldContain(city);
        }
        var response = await riec.PostFormAsync($"/advertenties/clusters/{cluster.Id}",
            new() { ["Version"] = WebSession.HiddenValue(html, "Version")!, ["Outcome"] = "ControlVisit" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithAsync(db => db.Set<StoredAdCluster>().Where(c => c.Id == cluster.Id).Select(c => c.Outcome).SingleAsync())).ShouldBe(AdOutcome.ControlVisit);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var figures = await factory.WithAsync(db => AdFigures.ForPeriodAsync(db, today.AddDays(-1), today, "test", CancellationToken.None));
        figures.Actions.ShouldBeGreaterThanOrEqualTo(1);
        figures.Screened.ShouldBeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public async Task A_phone_number_that_is_in_a_signal_fires_the_indicator()
    {
        // The demo perpetrator's number "06-12345678" is in a demo signal; the demo ad writes it "+31 6 1234 5678".
        var indicators = await factory.WithAsync(db => db.Set<StoredAd>().Where(a => a.AdId == "demo-002").Select(a => a.Indicators).SingleAsync());
        indicators.Split(';').ShouldContain(IndicatorCodes.PhoneInSignal);
        var other = await factory.WithAsync(db => db.Set<StoredAd>().Where(a => a.AdId == "demo-007").Select(a => a.Indicators).SingleAsync());
        other.Split(';').ShouldNotContain(IndicatorCodes.PhoneInSignal);
    }

    [Fact]
    public async Task A_profile_change_stores_a_new_version_and_every_score_records_the_version_used()
    {
        using var own = new SchakelFactory();
        var admin = await WebSession.SignedInAsync(own, "beheerder@demo.schakel.nl");
        var page = await admin.GetHtmlAsync("/advertenties/profiel");
        var oldVersion = WebSession.HiddenValue(page, "BasedOn")!;
        (await own.WithAsync(db => db.Set<StoredAd>().Select(a => a.ProfileVersion).Distinct().ToListAsync())).ShouldBe([oldVersion]);
        var before = await own.WithAsync(db => db.Set<StoredAd>().Where(a => a.AdId == "demo-009").Select(a => a.RiskScore).SingleAsync());

        var fields = RiskProfile.Default.Indicators.ToDictionary(i => $"Weights[{i.Code}]", i => i.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
        fields["Weights[youthful_wording]"] = "0,9";
        fields["Threshold"] = "0,5";
        fields["BasedOn"] = oldVersion;
        fields["Reason"] = "Jeugdige bewoording zwaarder na evaluatie";
        (await admin.PostFormAsync("/advertenties/profiel", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var versions = await own.WithAsync(db => db.Set<AdProfileVersion>().OrderBy(v => v.Id).Select(v => v.Version).ToListAsync());
        versions.Count.ShouldBe(2);
        versions[0].ShouldBe(oldVersion);
        var newVersion = versions[1];
        (await own.WithAsync(db => db.Set<StoredAd>().Select(a => a.ProfileVersion).Distinct().ToListAsync())).ShouldBe([newVersion]);
        (await own.WithAsync(db => db.Set<StoredAd>().Where(a => a.AdId == "demo-009").Select(a => a.RiskScore).SingleAsync())).ShouldBeGreaterThan(before);

        var riec = await WebSession.SignedInAsync(own, Riec);
        var adId = await own.WithAsync(db => db.Set<StoredAd>().Where(a => a.AdId == "demo-009").Select(a => a.Id).SingleAsync());
        (await riec.GetHtmlAsync($"/advertenties/{adId}")).ShouldContain(newVersion);

        // A second administrator's save based on the old version is refused, with the input kept.
        fields["Weights[youthful_wording]"] = "0,1";
        var stale = await admin.PostFormAsync("/advertenties/profiel", fields);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Iemand anders heeft het profiel");
    }

    [Fact]
    public async Task A_weight_outside_0_and_1_is_refused_in_Dutch_and_no_version_is_stored()
    {
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var page = await admin.GetHtmlAsync("/advertenties/profiel");
        var count = await factory.WithAsync(db => db.Set<AdProfileVersion>().CountAsync());
        var response = await admin.PostFormAsync("/advertenties/profiel", new()
        {
            ["BasedOn"] = WebSession.HiddenValue(page, "BasedOn")!, ["Threshold"] = "0,5", ["Weights[low_price]"] = "7", ["Reason"] = "test",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("moet een getal tussen 0 en 1 zijn");
        (await factory.WithAsync(db => db.Set<AdProfileVersion>().CountAsync())).ShouldBe(count);
    }

    [Fact]
    public async Task A_signal_for_a_cluster_carries_all_its_numbers_and_goes_to_the_municipality_of_its_riskiest_ad()
    {
        var p = AdUploads.Prefix();
        var csv = $"{AdUploads.Header}\n{p}-1,2026-10-01,Deventer,06-33301001,{p}_a,A,\"Hoi ik ben Roos {p}, 24/7, zonder condoom, jong\",30,17,\n"
            + $"{p}-2,2026-10-03,Amsterdam,06-33301001,,B,\"Hoi ik ben Sanne {p}\",80,30,\n";
        var riec = await WebSession.SignedInAsync(factory, Riec);
        await AdUploads.UploadAsync(riec, Encoding.UTF8.GetBytes(csv), "cluster.csv");
        var cluster = await factory.WithAsync(db => db.Set<StoredAdCluster>().AsNoTracking().SingleAsync(c => c.Key == $"c{p}-1"));
        var html = await riec.GetHtmlAsync($"/advertenties/clusters/{cluster.Id}");
        var response = await riec.PostFormAsync($"/advertenties/clusters/{cluster.Id}?handler=Signal",
            new() { ["Version"] = WebSession.HiddenValue(html, "Version")! }, formPage: $"/advertenties/clusters/{cluster.Id}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var reference = await factory.WithAsync(db => db.Set<AdReview>().Where(r => r.ClusterId == cluster.Id && r.Outcome == AdOutcome.Signal).Select(r => r.SignalReference).SingleAsync());
        var signal = await factory.WithAsync(db => db.Signals.Include(s => s.Subjects).AsNoTracking().SingleAsync(s => s.Reference == reference));
        var deventer = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Deventer").Select(o => o.Id).SingleAsync());
        signal.MunicipalityId.ShouldBe(deventer);
        signal.Subjects.Single().Phones.ShouldBe("+31633301001");
        signal.Subjects.Single().Handles.ShouldBe($"{p}_a");
        (await factory.WithAsync(db => db.Set<StoredAdCluster>().Where(c => c.Id == cluster.Id).Select(c => c.Outcome).SingleAsync())).ShouldBe(AdOutcome.Signal);
    }
}
