using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Table;
using Schakel.IntegrationTests.Table;
using Schakel.Testing;
using Schakel.Web.Features.Notifications;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Clock;

/// <summary>
/// SPEC step 6: the melder, the colleague who entered the signal and the municipality hear what happened to it, in
/// words that carry the reference and never the description, a name, the reasons or the outcome (docs/feedback.md).
/// </summary>
public sealed class FeedbackTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    private async Task<(string Reference, WebSession Melder)> ReportAsync(string description, string contact)
    {
        var zwolle = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync());
        var melder = await WebSession.SignedInAsync(factory, "melder@demo.schakel.nl");
        var html = await melder.GetHtmlAsync("/meldingen/nieuw");
        var fields = new Dictionary<string, string>
        {
            ["Draft.MelderTypeCode"] = "BURGER", ["Draft.MunicipalityId"] = zwolle.ToString(), ["Draft.FormCodes"] = "SEKS",
            ["Draft.Description"] = description, ["Draft.Subjects[0].Role"] = "PossibleVictim", ["Draft.Subjects[0].FullName"] = "Ilona Varga",
            ["Draft.MelderContact"] = contact,
        };
        if (WebSession.HiddenValue(html, "SubmissionToken") is { } token)
        {
            fields["SubmissionToken"] = token;
        }
        (await melder.PostFormAsync("/meldingen/nieuw", fields)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (await factory.WithAsync(db => db.Signals.Where(s => s.Description == description).Select(s => s.Reference).SingleAsync()), melder);
    }

    private static async Task DecideAsync(WebSession af, string reference, Dictionary<string, string> fields)
    {
        var detail = $"/meldingen/{reference}";
        fields["Version"] = WebSession.HiddenValue(await af.GetHtmlAsync(SignalTabs.Actions(reference)), "Version")!;
        (await af.PostFormAsync($"{detail}?handler=Decide", fields, formPage: detail)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private Task<List<string>> TitlesAsync(string email, string reference) => factory.WithAsync(db =>
        (from n in db.Notifications join u in db.Users on n.UserId equals u.Id where u.Email == email && n.Title.Contains(reference) orderby n.Id select n.Title).ToListAsync());

    [Fact]
    public async Task The_melder_hears_received_picked_up_and_finished_and_nothing_of_the_content()
    {
        const string description = "Buurmeisje Ilona moet elke nacht werken in de bar van haar oom.", contact = "buurman.feedback@example.nl";
        const string reason = "Gesprek gevoerd met school en ouders.", outcome = "Doorverwezen naar het wijkteam Holtenbroek";
        var (reference, _) = await ReportAsync(description, contact);
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        await DecideAsync(af, reference, new() { ["Action"] = "TakeUp" });
        await DecideAsync(af, reference, new() { ["Action"] = "HandleLocally", ["Reason"] = reason, ["Outcome"] = outcome });

        var mails = factory.Mail.Sent.Where(m => m.To == contact).ToList();
        mails.Select(m => m.Subject).ShouldBe([$"Uw melding {reference} is ontvangen", $"Uw melding {reference} is opgepakt", $"Uw melding {reference} is afgerond"]);
        mails.ShouldAllBe(m => m.Body.Contains(reference));
        (await TitlesAsync("melder@demo.schakel.nl", reference))
            .ShouldBe([$"Uw melding {reference} is ontvangen", $"Uw melding {reference} is opgepakt", $"Uw melding {reference} is afgerond"]);

        var everything = string.Join("\n", mails.Select(m => m.Subject + m.Body).Concat(await TitlesAsync("melder@demo.schakel.nl", reference)));
        foreach (var content in new[] { "Ilona", "Varga", "bar van haar oom", reason, outcome, "wijkteam", "lokaal" })
        {
            everything.ShouldNotContain(content, Case.Insensitive);
        }
    }

    [Fact]
    public async Task The_colleague_hears_the_table_has_it_the_melder_outside_only_that_it_was_picked_up()
    {
        const string contact = "oplettende.collega@example.nl";
        var (reference, _) = await ReportAsync("Man wordt na zijn dienst in een busje afgevoerd naar een loods.", contact);
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        await DecideAsync(af, reference, new() { ["Action"] = "RegisterForTable", ["Reason"] = "Vermoeden versterkt: bekend adres." });

        (await TitlesAsync("melder@demo.schakel.nl", reference)).ShouldBe([$"Uw melding {reference} is ontvangen", $"Uw melding {reference} is in behandeling bij de regionale tafel"]);
        factory.Mail.Sent.Where(m => m.To == contact).Select(m => m.Subject).ShouldBe([$"Uw melding {reference} is ontvangen", $"Uw melding {reference} is opgepakt"]);
        factory.Mail.Sent.Where(m => m.To == contact).ShouldAllBe(m => !m.Body.Contains("tafel") && !m.Body.Contains("loods") && !m.Body.Contains("bekend adres"));
    }

    [Fact]
    public async Task The_municipality_hears_that_the_table_closed_its_signal_not_why()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var item = await factory.ItemIdAsync(meeting, "Deventer");
        var reference = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Signal!.Reference).SingleAsync());
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var version = (await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Version).SingleAsync())).ToString();
        (await secretary.PostFormAsync($"/tafel/vergaderingen/{meeting}/punten/{item}", new()
        {
            ["Input.Version"] = version, ["Input.ReasonableSuspicion"] = "false", ["Input.Outcome"] = "NoFurtherAction",
            ["Input.Notes"] = "Geen aanwijzingen van uitbuiting na navraag bij de politie.",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var titles = await factory.WithAsync(db => (from n in db.Notifications join u in db.Users on n.UserId equals u.Id
            where u.Email == "af.deventer@demo.schakel.nl" && n.Title.Contains(reference) select n.Title).ToListAsync());
        titles.ShouldContain($"De regionale tafel heeft melding {reference} afgesloten");
        titles.ShouldAllBe(t => !t.Contains("aanwijzingen") && !t.Contains("politie") && !t.Contains("Geen verdere actie", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task When_a_case_closes_the_municipality_of_each_of_its_signals_hears_it_without_content()
    {
        var caseId = await factory.DemoCaseIdAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
            var tableCase = await db.Set<TableCase>().SingleAsync(c => c.Id == caseId);
            await scope.ServiceProvider.GetRequiredService<SignalFeedback>().HandleAsync(new CaseClosed(tableCase), CancellationToken.None);
        }

        var (signals, caseReference, goal) = await factory.WithAsync(async db => (
            await db.Signals.Where(s => s.CaseId == caseId).Select(s => new { s.Reference, s.MunicipalityId }).ToListAsync(),
            await db.Set<TableCase>().Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync(),
            await db.Set<TableCase>().Where(c => c.Id == caseId).Select(c => c.FirstGoal).SingleAsync()));
        signals.ShouldNotBeEmpty();
        foreach (var signal in signals)
        {
            var titles = await factory.WithAsync(async db =>
            {
                var owners = await Recipients.QueueOwnersAsync(db, signal.MunicipalityId, CancellationToken.None);
                owners.ShouldNotBeEmpty();
                return await db.Notifications.Where(n => owners.Contains(n.UserId) && n.Title.Contains(signal.Reference)).Select(n => n.Title).ToListAsync();
            });
            titles.ShouldContain($"De casus bij melding {signal.Reference} is door de regionale tafel afgesloten");
            titles.ShouldAllBe(t => !t.Contains(caseReference) && (goal == null || !t.Contains(goal)));
        }
    }
}
