using System.Net;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Table;

/// <summary>Need-to-know at the regional table: only members read agenda, minutes and pre-round; police details stay with the police.</summary>
public sealed class TableAccessTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string PoliceDetail = "Observatie van het pand";
    private const string CriminalOutcome = "Opsporingsonderzoek";
    private const string PreRoundNote = "Eerder aangetroffen bij een controle";

    [Theory]
    [InlineData("oov@demo.schakel.nl")]
    [InlineData("melder@demo.schakel.nl")]
    [InlineData("bestuurder@demo.schakel.nl")]
    [InlineData("fg@demo.schakel.nl")]
    [InlineData("beheerder@demo.schakel.nl")]
    public async Task A_non_member_cannot_read_agenda_minutes_or_pre_round(string email)
    {
        var session = await WebSession.SignedInAsync(factory, email);
        foreach (var next in new[] { true, false })
        {
            var id = await factory.MeetingIdAsync(next);
            foreach (var page in new[] { "", "/agenda", "/verslag", "/voorronde" })
            {
                var response = await session.GetAsync($"/tafel/vergaderingen/{id}{page}");
                response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{email} on {page}");
                var body = await response.Content.ReadAsStringAsync();
                body.ShouldNotContain("Lotte");
                body.ShouldNotContain(PreRoundNote);
            }
        }
        var caseId = await factory.DemoCaseIdAsync();
        (await session.GetAsync($"/zaken/{caseId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await session.GetHtmlAsync("/tafel")).ShouldNotContain("/tafel/vergaderingen/");
    }

    [Fact]
    public async Task The_attention_officer_sees_only_the_own_municipality_items_without_pre_round_or_personal_details()
    {
        var next = await factory.MeetingIdAsync(next: true);
        var deventer = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        (await deventer.GetAsync($"/tafel/vergaderingen/{next}/voorronde")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var agenda = await deventer.GetHtmlAsync($"/tafel/vergaderingen/{next}/agenda");
        agenda.ShouldContain("Deventer");
        agenda.ShouldNotContain("Kampen");
        agenda.ShouldNotContain("Zwolle");
        var minutes = await deventer.GetHtmlAsync($"/tafel/vergaderingen/{next}/verslag");
        minutes.ShouldNotContain("Lotte");
        minutes.ShouldNotContain("Kampen");
        // The past meeting had only a Zwolle item: nothing there for Deventer.
        var past = await factory.MeetingIdAsync(next: false);
        (await deventer.GetAsync($"/tafel/vergaderingen/{past}/verslag")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var index = await deventer.GetHtmlAsync("/tafel");
        index.ShouldContain($"/tafel/vergaderingen/{next}/agenda");
        index.ShouldNotContain($"/tafel/vergaderingen/{past}/");
    }

    [Theory]
    [InlineData("ketenregisseur@demo.schakel.nl")]
    [InlineData("procesregisseur@demo.schakel.nl")]
    [InlineData("zorgcoordinator@demo.schakel.nl")]
    [InlineData("riec@demo.schakel.nl")]
    [InlineData("af.zwolle@demo.schakel.nl")]
    public async Task Police_only_outcome_details_are_invisible_to_every_non_police_reader(string email)
    {
        var caseId = await factory.DemoCaseIdAsync();
        var session = await WebSession.SignedInAsync(factory, email);
        var pages = new List<string> { $"/zaken/{caseId}" };
        foreach (var next in new[] { true, false })
        {
            var id = await factory.MeetingIdAsync(next);
            pages.Add($"/tafel/vergaderingen/{id}/agenda");
            pages.Add($"/tafel/vergaderingen/{id}/verslag");
        }
        var sawCase = false;
        foreach (var page in pages)
        {
            var response = await session.GetAsync(page);
            response.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Forbidden);
            var body = await response.Content.ReadAsStringAsync();
            body.ShouldNotContain(PoliceDetail);
            body.ShouldNotContain(CriminalOutcome);
            if (page.StartsWith("/zaken", StringComparison.Ordinal))
            {
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                body.ShouldContain("strafrechtelijk traject open");
                sawCase = true;
            }
        }
        sawCase.ShouldBeTrue();
    }

    [Fact]
    public async Task Police_see_the_criminal_outcome_and_details_and_others_cannot_change_them()
    {
        var caseId = await factory.DemoCaseIdAsync();
        var police = await WebSession.SignedInAsync(factory, "politie@demo.schakel.nl");
        var html = await police.GetHtmlAsync($"/zaken/{caseId}?tab=sporen");
        html.ShouldContain(PoliceDetail);
        html.ShouldContain(CriminalOutcome);

        var trackId = await factory.WithAsync(db => Task.FromResult(db.Set<Schakel.Core.Table.CaseTrack>().First(t => t.CaseId == caseId && t.Kind == Schakel.Core.Table.TrackKind.CareAndCriminal).Id));
        var care = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        var post = await care.PostFormAsync($"/zaken/{caseId}?handler=Track",
            new() { ["TrackId"] = trackId.ToString(), ["Version"] = "0", ["OutcomeCode"] = "GEEN_VERVOLGING", ["CloseTrack"] = "true" }, formPage: $"/zaken/{caseId}");
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Members_see_the_generated_agenda_and_the_pre_round_answers()
    {
        var next = await factory.MeetingIdAsync(next: true);
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        var agenda = await riec.GetHtmlAsync($"/tafel/vergaderingen/{next}/agenda");
        var newSection = Section(agenda, "NewSignal");
        newSection.IndexOf("Deventer", StringComparison.Ordinal).ShouldBeLessThan(newSection.IndexOf("Kampen", StringComparison.Ordinal), "acute first");
        Section(agenda, "CaseInMonitoring").ShouldContain("C-");
        Section(agenda, "overdue").ShouldContain("Opvangplek bij Fier reserveren");
        var preRound = await riec.GetHtmlAsync($"/tafel/vergaderingen/{next}/voorronde");
        preRound.ShouldContain(PreRoundNote);
        preRound.ShouldContain("Lotte");
    }

    internal static string Section(string html, string name)
    {
        var start = html.IndexOf($"data-testid=\"section-{name}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, name);
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
