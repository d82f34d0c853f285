using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.IntegrationTests.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Consultations;

/// <summary>Need-to-know of a spoed-MDO, from the outside: invited, not invited, another municipality.</summary>
public sealed class AcuteConsultationAccessTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task An_invited_partner_reads_the_signal_until_the_table_decides_others_are_refused()
    {
        var af = await WebSession.SignedInAsync(factory, ConsultationData.Zwolle);
        var reference = await factory.AcuteZwolleSignalAsync(af);
        var signalPage = $"/meldingen/{reference}";

        // The OOV adviser holds no seat: the signal is closed to them until they are invited.
        var oov = await WebSession.SignedInAsync(factory, ConsultationData.Oov);
        (await oov.GetAsync(signalPage)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var id = await factory.StartAsync(af, reference, ConsultationData.Oov, ConsultationData.Police);
        var page = $"/spoed-mdo/{id}";
        (await oov.GetAsync(signalPage)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await oov.GetHtmlAsync(page)).ShouldContain("Is hij bij u bekend en is vannacht opvang nodig?");
        (await oov.PostFormAsync(page + "?handler=Answer", new() { ["advice"] = "Pand is bekend bij de casustafel ondermijning." }, formPage: page))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // Only the signal: the invitation opens no case and no queue.
        (await oov.GetAsync("/meldingen")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // A partner at the same table who was not invited reads the acute signal as before, but not the consultation.
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        (await riec.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await riec.PostFormAsync(page + "?handler=Answer", new() { ["advice"] = "ongevraagd" }, formPage: signalPage)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await riec.AllTabsHtmlAsync(reference)).ShouldNotContain($"/spoed-mdo/{id}");

        // The attention officer of another municipality sees neither.
        var deventer = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        (await deventer.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await deventer.GetAsync(signalPage)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await deventer.GetAsync($"{signalPage}/spoed-mdo")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var denials = await factory.WithAsync(db => db.AuditEntries.CountAsync(a => a.RecordType == "AcuteConsultation" && a.RecordId == id.ToString() && a.Action == Schakel.Core.Audit.AuditAction.Denied));
        denials.ShouldBeGreaterThanOrEqualTo(3);

        // After the outcome the invitee still reads the signal, until the table decides on it.
        var version = WebSession.HiddenValue(await af.GetHtmlAsync(page), "Version")!;
        (await af.PostFormAsync(page + "?handler=Close", new() { ["outcome"] = "Naar de tafel als acuut punt.", ["Version"] = version }, formPage: page))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await oov.GetAsync(signalPage)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var meeting = await factory.MeetingIdAsync(next: true);
        var item = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.MeetingId == meeting && i.Signal!.Reference == reference).Select(i => new { i.Id, i.Version }).SingleAsync());
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        (await secretary.PostFormAsync($"/tafel/vergaderingen/{meeting}/punten/{item.Id}", new()
        {
            ["Input.Version"] = item.Version.ToString(), ["Input.ReasonableSuspicion"] = "false", ["Input.Outcome"] = "KeepMonitoring",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await oov.GetAsync(signalPage)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
