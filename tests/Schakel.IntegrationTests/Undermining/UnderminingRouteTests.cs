using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Undermining;
using Schakel.Testing;
using static Schakel.IntegrationTests.Undermining.UnderminingData;

namespace Schakel.IntegrationTests.Undermining;

/// <summary>The undermining route over HTTP: AF → OOV adviser → casustafel → RIEC, beside the signal's own route.</summary>
public sealed class UnderminingRouteTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task The_oov_adviser_escalates_to_the_riec_while_the_af_registers_the_signal_for_the_table()
    {
        var reference = await factory.NewSignalAsync("Zwolle");
        var af = await WebSession.SignedInAsync(factory, AfZwolle);
        (await af.GetHtmlAsync(SignalTabs.Actions(reference))).ShouldContain("Voorleggen aan OOV-adviseur");
        var id = await factory.ReferAsync(af, reference, "Pand wisselt vaak van huurder; bekend bij OOV?");
        (await factory.NotificationTitlesAsync(Oov)).ShouldContain($"Melding {reference} is aan u voorgelegd als OOV-adviseur");

        var oov = await WebSession.SignedInAsync(factory, Oov);
        (await oov.GetHtmlAsync("/ondermijning")).ShouldContain(reference);
        (await oov.GetHtmlAsync($"/ondermijning/{id}")).ShouldContain("Pand wisselt vaak van huurder");
        var today = DateOnly.FromDateTime(factory.Now.UtcDateTime).AddDays(-1).ToString("yyyy-MM-dd");
        (await factory.StepAsync(oov, id, "CaseTable", new() { ["DiscussedOn"] = today, ["Outcome"] = "Bibob-informatie opvragen" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The care route runs on: the AF registers the signal for the table with the referral open.
        var version = (await factory.SignalAsync(reference)).Version;
        (await af.PostFormAsync($"/meldingen/{reference}?handler=Decide", new() { ["Action"] = "RegisterForTable", ["Reason"] = "Zorgen om de medewerkers", ["Version"] = version.ToString() }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await factory.StepAsync(oov, id, "Escalate", new() { ["EscalationReason"] = "Eigenaar ook betrokken bij andere panden" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.NotificationTitlesAsync(Riec)).ShouldContain($"Melding {reference} is naar het RIEC geëscaleerd");

        var riec = await WebSession.SignedInAsync(factory, Riec);
        (await riec.GetHtmlAsync("/ondermijning/riec")).ShouldContain(reference);
        (await factory.StepAsync(riec, id, "TakeUp")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.StepAsync(riec, id, "RiecOutcome", new() { ["RiecOutcome"] = RiecOutcomes.CaseOpened })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var referral = (await factory.ReferralAsync(reference))!;
        (referral.Status, referral.RiecOutcomeCode, referral.DiscussedOn?.ToString("yyyy-MM-dd")).ShouldBe((UnderminingStatus.Closed, RiecOutcomes.CaseOpened, today));
        var signal = await factory.SignalAsync(reference);
        signal.Status.ShouldBe(SignalStatus.RegisteredForTable);
        var timeline = signal.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(e => e.Description).ToList();
        timeline.ShouldContain(d => d.Contains("OOV-adviseur"));
        timeline.ShouldContain(d => d.Contains("casustafel ondermijning"));
        timeline.ShouldContain(d => d.Contains("Geëscaleerd naar het RIEC"));
        timeline.ShouldContain(d => d.Contains("opgepakt door het RIEC"));
        timeline.ShouldContain("Aanmelden voor de regionale tafel");
        var page = await af.AllTabsHtmlAsync(reference);
        page.ShouldContain("scaleerd naar het RIEC; de zorgroute loopt door");
        // The AF sees the steps, not the reasons and outcomes of the undermining route.
        page.ShouldNotContain("Eigenaar ook betrokken bij andere panden");
        page.ShouldNotContain("Bibob-informatie");
        (await factory.NotificationTitlesAsync(AfZwolle)).ShouldContain($"De voorlegging ondermijning van melding {reference} is afgesloten");
        (await factory.NotificationTitlesAsync(Oov)).ShouldContain($"Het RIEC heeft de escalatie van melding {reference} opgepakt");
    }

    [Fact]
    public async Task Bad_input_is_refused_beside_its_field_keeping_what_was_typed_and_storing_nothing()
    {
        var reference = await factory.NewSignalAsync("Zwolle");
        var af = await WebSession.SignedInAsync(factory, AfZwolle);
        var empty = await af.PostFormAsync($"/meldingen/{reference}/ondermijning", new() { ["Question"] = " " });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.Content.ReadAsStringAsync()).ShouldContain("Schrijf de vraag of reden voor de OOV-adviseur.");
        (await factory.ReferralAsync(reference)).ShouldBeNull();

        var id = await factory.ReferAsync(af, reference);
        var twice = await af.PostFormAsync($"/meldingen/{reference}/ondermijning", new() { ["Question"] = "nog een keer" });
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await twice.Content.ReadAsStringAsync();
        html.ShouldContain("ligt al bij de OOV-adviseur");
        html.ShouldContain("nog een keer");

        var oov = await WebSession.SignedInAsync(factory, Oov);
        var future = DateOnly.FromDateTime(factory.Now.UtcDateTime).AddDays(3).ToString("yyyy-MM-dd");
        var step = await factory.StepAsync(oov, id, "CaseTable", new() { ["DiscussedOn"] = future, ["Outcome"] = "Uitkomst die bewaard blijft" });
        step.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html = await step.Content.ReadAsStringAsync();
        html.ShouldContain("f-DiscussedOn-error");
        html.ShouldContain("Uitkomst die bewaard blijft");
        html.ShouldContain(future);
        (await factory.ReferralAsync(reference))!.Status.ShouldBe(UnderminingStatus.WithAdvisor);
    }

    [Fact]
    public async Task A_step_on_a_version_someone_else_changed_is_refused_and_the_adviser_closes_with_a_reason()
    {
        var reference = await factory.NewSignalAsync("Zwolle");
        var id = await factory.ReferAsync(await WebSession.SignedInAsync(factory, AfZwolle), reference);
        var oov = await WebSession.SignedInAsync(factory, Oov);
        var stale = await oov.PostFormAsync($"/ondermijning/{id}?handler=Close", new() { ["Version"] = "99", ["CloseReason"] = "geen ondermijning" }, formPage: "/");
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Iemand anders heeft deze voorlegging intussen gewijzigd");

        (await factory.StepAsync(oov, id, "Close", new() { ["CloseReason"] = "Geen aanwijzingen voor ondermijning" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var referral = (await factory.ReferralAsync(reference))!;
        (referral.Status, referral.CloseReason, referral.OpenSignalId).ShouldBe((UnderminingStatus.Closed, "Geen aanwijzingen voor ondermijning", (int?)null));
        (await factory.NotificationTitlesAsync(AfZwolle)).ShouldContain($"De voorlegging ondermijning van melding {reference} is afgesloten");
        // Closed, the signal can be put again when new facts come up.
        await factory.ReferAsync(await WebSession.SignedInAsync(factory, AfZwolle), reference, "Nieuwe aanwijzing");
        (await factory.WithAsync(db => db.Set<UnderminingReferral>().CountAsync(r => r.SignalReference == reference))).ShouldBe(2);
    }

    [Fact]
    public async Task Every_read_and_step_is_in_the_audit_log()
    {
        var reference = await factory.NewSignalAsync("Zwolle");
        var id = await factory.ReferAsync(await WebSession.SignedInAsync(factory, AfZwolle), reference);
        var oov = await WebSession.SignedInAsync(factory, Oov);
        await oov.GetHtmlAsync("/ondermijning");
        await oov.GetHtmlAsync($"/ondermijning/{id}");
        await factory.StepAsync(oov, id, "Escalate", new() { ["EscalationReason"] = "netwerk" });
        var signalId = (await factory.SignalAsync(reference)).Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var details = await factory.WithAsync(db => db.AuditEntries.Where(a => a.RecordId == signalId).Select(a => a.Details).ToListAsync());
        details.ShouldContain(d => d != null && d.StartsWith("ondermijning: voorgelegd", StringComparison.Ordinal));
        details.ShouldContain($"ondermijning: voorlegging {id}");
        details.ShouldContain($"ondermijning: voorlegging {id} geëscaleerd naar het RIEC");
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(a => a.Details != null && a.Details.StartsWith("ondermijning: wachtrij OOV-adviseur")))).ShouldBeGreaterThan(0);
    }
}
