using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Care;
using Schakel.Testing;
using Schakel.Web.Features.Care;

namespace Schakel.IntegrationTests.Care;

/// <summary>Bad input on a care file is refused with a Dutch message and the input kept; consent gates the CoMensha export.</summary>
public sealed class CareFileTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Care = "zorgcoordinator@demo.schakel.nl";

    [Fact]
    public async Task Closing_the_care_track_with_open_needs_is_refused()
    {
        var id = await factory.DemoCareFileIdAsync();
        var care = await WebSession.SignedInAsync(factory, Care);
        var version = WebSession.HiddenValue(await care.GetHtmlAsync($"/zorg/{id}"), "FileVersion")!;
        var response = await care.PostFormAsync($"/zorg/{id}/sluiten", new() { ["FileVersion"] = version, ["OutcomeCode"] = "ZELFSTANDIG" }, formPage: $"/zorg/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Nog open: Psychische zorg / trauma, Verblijfsstatus");
        html.ShouldContain("<option value=\"ZELFSTANDIG\" selected=\"selected\">");
        (await factory.WithAsync(db => db.Set<CareFile>().Where(f => f.Id == id).Select(f => f.Status).SingleAsync())).ShouldBe(CareFileStatus.Open);
    }

    [Fact]
    public async Task A_withdrawn_CoMensha_consent_takes_the_person_out_of_the_export()
    {
        var id = await factory.DemoCareFileIdAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await factory.WithAsync(db => CareConsents.ValidForCoMenshaAsync(db, today))).Select(f => f.Id).ShouldContain(id);

        var care = await WebSession.SignedInAsync(factory, Care);
        var consent = await factory.WithAsync(db => db.Set<Consent>().SingleAsync(c => c.CareFileId == id));
        var (consentId, version) = (consent.Id, consent.Version);
        var early = await care.PostFormAsync($"/zorg/{id}/toestemming?handler=Withdraw", new() { ["ItemId"] = consentId.ToString(), ["ItemVersion"] = version.ToString(), ["WithdrawnOn"] = "2000-01-01" }, formPage: $"/zorg/{id}");
        (await early.Content.ReadAsStringAsync()).ShouldContain("ligt voor de datum waarop de toestemming is gegeven");

        var response = await care.PostFormAsync($"/zorg/{id}/toestemming?handler=Withdraw", new() { ["ItemId"] = consentId.ToString(), ["ItemVersion"] = version.ToString(), ["WithdrawnOn"] = today.ToString("yyyy-MM-dd") }, formPage: $"/zorg/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await care.GetHtmlAsync($"/zorg/{id}?tab=toestemming");
        after.ShouldContain("de persoon valt uit elke latere export");
        after.ShouldContain("deze persoon gaat niet mee in de export");
        (await factory.WithAsync(db => CareConsents.ValidForCoMenshaAsync(db, today))).Select(f => f.Id).ShouldNotContain(id);
        (await factory.WithAsync(db => CareConsents.ValidForCoMenshaAsync(db, today.AddDays(-1)))).Select(f => f.Id).ShouldContain(id, "exports made before the withdrawal stay as they were");
    }

    [Fact]
    public async Task A_placement_without_reason_and_steps_out_of_order_are_refused_with_the_input_kept()
    {
        var id = await factory.DemoCareFileIdAsync();
        var care = await WebSession.SignedInAsync(factory, Care);
        var answers = new Dictionary<string, string>
        {
            ["Placement.Answers[minor]"] = "no", ["Placement.Answers[danger]"] = "no", ["Placement.Answers[needs]"] = "none",
            ["Placement.Answers[residence]"] = "nl", ["Placement.Answers[exploitation]"] = "labour", ["Placement.Answers[housing]"] = "yes",
        };
        var advice = await care.PostFormAsync($"/zorg/{id}/opvang?handler=Advise", answers, formPage: $"/zorg/{id}");
        (await advice.Content.ReadAsStringAsync()).ShouldContain("Ambulante begeleiding in eigen woonruimte");

        var noReason = new Dictionary<string, string>(answers) { ["Placement.Chosen"] = ShelterTree.Cosm, ["Placement.Reason"] = " " };
        var refused = await care.PostFormAsync($"/zorg/{id}/opvang", noReason, formPage: $"/zorg/{id}");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await refused.Content.ReadAsStringAsync();
        html.ShouldContain("Geef de reden voor deze plaatsing");
        html.ShouldContain($"<option value=\"{ShelterTree.Cosm}\" selected=\"selected\">");
        (await factory.WithAsync(db => db.Set<ShelterPlacement>().CountAsync(p => p.CareFileId == id))).ShouldBe(1);

        // The demo file has the reflection period starting 12 days ago; its end cannot lie before that.
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-20).ToString("yyyy-MM-dd");
        var milestone = await care.PostFormAsync($"/zorg/{id}/verblijf",
            new() { ["Milestone.Kind"] = "ReflectionPeriodEnd", ["Milestone.On"] = start, ["Milestone.Note"] = "Bedenktijd verlengd" }, formPage: $"/zorg/{id}");
        var body = await milestone.Content.ReadAsStringAsync();
        body.ShouldContain("Einde bedenktijd kan niet voor begin bedenktijd");
        body.ShouldContain("value=\"Bedenktijd verlengd\"");
    }
}
