using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Table;
using Schakel.IntegrationTests.Table;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Consultations;

/// <summary>A spoed-MDO from start to outcome, and the acute item it puts on the next agenda.</summary>
public sealed class AcuteConsultationFlowTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task Partners_answer_the_officer_closes_it_and_the_signal_is_on_the_next_agenda_above_the_non_acute_items()
    {
        var af = await WebSession.SignedInAsync(factory, ConsultationData.Zwolle);
        var reference = await factory.AcuteZwolleSignalAsync(af);
        var signalPage = await af.GetHtmlAsync(SignalTabs.Actions(reference));
        signalPage.ShouldContain("Spoed-MDO starten");
        signalPage.ShouldContain("Rob van Dijk");

        // Bad input comes back beside the field, with what was typed.
        var empty = await af.PostFormAsync($"/meldingen/{reference}/spoed-mdo", new() { ["question"] = "Mijn vraag", ["hours"] = "4" });
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var emptyHtml = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        emptyHtml.ShouldContain("Kies ten minste één partner om uit te nodigen.");
        emptyHtml.ShouldContain("Mijn vraag");

        var id = await factory.StartAsync(af, reference, ConsultationData.Police, ConsultationData.Care);
        var started = await factory.ConsultationAsync(id);
        started.AnswerBy.ShouldBe(started.StartedAt.AddHours(4));
        var notified = await factory.WithAsync(db => db.Notifications.Where(n => n.Url == $"/spoed-mdo/{id}").Select(n => n.Title).ToListAsync());
        notified.Count.ShouldBe(2);
        notified.ShouldAllBe(t => !t.Contains(reference));

        // A second one while this one runs is refused.
        var second = await af.PostFormAsync($"/meldingen/{reference}/spoed-mdo", new() { ["question"] = "Nog een vraag", ["hours"] = "2" },
            extra: [new("invitees", await factory.UserIdAsync(ConsultationData.Police))]);
        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await second.Content.ReadAsStringAsync()).ShouldContain("loopt al een spoed-MDO");

        var page = $"/spoed-mdo/{id}";
        var police = await WebSession.SignedInAsync(factory, ConsultationData.Police);
        (await police.GetHtmlAsync("/spoed-mdo")).ShouldContain($"Spoed-MDO over {reference}");
        (await police.PostFormAsync(page + "?handler=Answer", new() { ["advice"] = "Bekend van een controle bij een uitzendbureau." }, formPage: page))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await police.PostFormAsync(page + "?handler=Answer", new() { ["advice"] = "Bekend van een controle bij uitzendbureau Flex in Kampen." }, formPage: page))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // The care coordinator answers after the deadline: accepted, marked late.
        await factory.WithAsync(async db =>
        {
            var c = await db.Set<Schakel.Core.Consultations.AcuteConsultation>().SingleAsync(x => x.Id == id);
            db.Entry(c).Property(x => x.AnswerBy).CurrentValue = factory.Now.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        var care = await WebSession.SignedInAsync(factory, ConsultationData.Care);
        (await care.PostFormAsync(page + "?handler=Answer", new() { ["advice"] = "Opvangplek bij het Leger des Heils vrijgehouden." }, formPage: page))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var answered = await factory.ConsultationAsync(id);
        answered.Invitations.Single(i => i.Name.StartsWith("Rob", StringComparison.Ordinal)).ShouldSatisfyAllConditions(
            i => i.Advice.ShouldBe("Bekend van een controle bij uitzendbureau Flex in Kampen."), i => i.Late.ShouldBeFalse());
        answered.Invitations.Single(i => i.Name.StartsWith("Anouk", StringComparison.Ordinal)).Late.ShouldBeTrue();
        var starterId = await factory.UserIdAsync(ConsultationData.Zwolle);
        (await factory.WithAsync(db => db.Notifications.CountAsync(n => n.UserId == starterId && n.Title == "Spoed-MDO: alle genodigden hebben geantwoord"))).ShouldBe(1);
        var consultationHtml = await af.GetHtmlAsync(page);
        consultationHtml.ShouldContain("te laat beantwoord");
        consultationHtml.ShouldContain("Opvangplek bij het Leger des Heils vrijgehouden.");

        // An invitee cannot close it; the officer can, and the signal goes on the next agenda.
        (await police.PostFormAsync(page + "?handler=Close", new() { ["outcome"] = "klaar", ["Version"] = answered.Version.ToString() }, formPage: page))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await af.PostFormAsync(page + "?handler=Close", new() { ["outcome"] = "Opvang vannacht; politie spreekt hem morgen.", ["Version"] = answered.Version.ToString() }, formPage: page))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var closed = await factory.ConsultationAsync(id);
        closed.IsOpen.ShouldBeFalse();
        (await police.PostFormAsync(page + "?handler=Answer", new() { ["advice"] = "nog iets" }, formPage: page)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.SignalAsync(reference)).Events.ShouldContain(e => e.Description.StartsWith("Spoed-MDO afgerond", StringComparison.Ordinal));
        var policeId = await factory.UserIdAsync(ConsultationData.Police);
        (await factory.WithAsync(db => db.Notifications.CountAsync(n => n.UserId == policeId && n.Title == "Spoed-MDO afgerond: de uitkomst staat in Schakel"))).ShouldBe(1);

        var meeting = await factory.MeetingIdAsync(next: true);
        var items = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.MeetingId == meeting && i.Section == AgendaSection.NewSignal)
            .Select(i => new { i.Signal!.Reference, i.Position, i.Signal.IsAcute }).ToListAsync());
        var added = items.Single(i => i.Reference == reference);
        added.IsAcute.ShouldBeTrue();
        // Stored at the end of the section, where the chair's order leaves room for it ...
        added.Position.ShouldBeGreaterThan(items.Where(i => !i.IsAcute).Max(i => i.Position));

        // ... and shown above the non-acute items, below the acute item that was there first, on the agenda and in the minutes.
        var chair = await WebSession.SignedInAsync(factory, "procesregisseur@demo.schakel.nl");
        var earlierAcute = items.Single(i => i.IsAcute && i.Reference != reference).Reference;
        var nonAcute = items.First(i => !i.IsAcute).Reference;
        foreach (var url in new[] { $"/tafel/vergaderingen/{meeting}/agenda", $"/tafel/vergaderingen/{meeting}/verslag" })
        {
            var html = await chair.GetHtmlAsync(url);
            html.IndexOf(earlierAcute, StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf(reference, StringComparison.Ordinal), url);
            html.IndexOf(reference, StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf(nonAcute, StringComparison.Ordinal), url);
        }
    }

    [Fact]
    public async Task Redrawing_the_agenda_keeps_acute_items_first_and_the_chairs_order_within_each_group()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        await factory.WithAsync(async db =>
        {
            // A non-acute item the chair put first, and an acute one added last.
            var items = await db.Set<AgendaItem>().Include(i => i.Signal).Where(i => i.MeetingId == meeting && i.Section == AgendaSection.NewSignal).ToListAsync();
            var nonAcute = items.First(i => i.Signal is { IsAcute: false });
            nonAcute.Position = 0;
            return await db.SaveChangesAsync();
        });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
            var loaded = await db.Set<TableMeeting>().Include(m => m.Table).SingleAsync(m => m.Id == meeting);
            await scope.ServiceProvider.GetRequiredService<Schakel.Web.Features.Table.AgendaBuilder>().GenerateAsync(loaded, CancellationToken.None);
        }
        var ordered = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.MeetingId == meeting && i.Section == AgendaSection.NewSignal)
            .OrderBy(i => i.Position).Select(i => i.Signal!.IsAcute).ToListAsync());
        ordered.ShouldBe(ordered.OrderByDescending(a => a).ToList());
    }
}
