using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.IntegrationTests.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Clock;

/// <summary>
/// One clock: a signal received at 23:27 UTC on 10 March 2026 reads 11-3-2026 00:27 on every page that shows it, in
/// the queue as on the signal page, in the notifications, the audit log, the table's pages and the Excel export. The
/// conversion names Europe/Amsterdam itself, so the process's own zone (UTC in CI) plays no part.
/// </summary>
public sealed partial class OneClockTests(ClockFactory factory) : IClassFixture<ClockFactory>
{
    private const string Dutch = "11-3-2026 00:27";
    private const string Iso = "2026-03-10T23:27:";

    private async Task<string> ReportAsync(string description)
    {
        var zwolle = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync());
        var melder = await WebSession.SignedInAsync(factory, "melder@demo.schakel.nl");
        var html = await melder.GetHtmlAsync("/meldingen/nieuw");
        var fields = new Dictionary<string, string>
        {
            ["Draft.MelderTypeCode"] = "BURGER", ["Draft.MunicipalityId"] = zwolle.ToString(), ["Draft.FormCodes"] = "SEKS",
            ["Draft.Description"] = description, ["Draft.Subjects[0].Role"] = "PossibleVictim", ["Draft.Subjects[0].FullName"] = "Mirela",
        };
        if (WebSession.HiddenValue(html, "SubmissionToken") is { } token)
        {
            fields["SubmissionToken"] = token;
        }
        var response = await melder.PostFormAsync("/meldingen/nieuw", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return await factory.WithAsync(db => db.Signals.Where(s => s.Description == description).Select(s => s.Reference).SingleAsync());
    }

    [Fact]
    public async Task A_late_evening_signal_reads_the_same_Dutch_time_on_every_page_that_shows_it()
    {
        var reference = await ReportAsync("Vrouw wordt 's nachts bij het station opgehaald.");
        (await factory.WithAsync(db => db.Signals.Where(s => s.Reference == reference).Select(s => s.ReceivedAt).SingleAsync()))
            .ShouldBeInRange(ClockFactory.Moment, ClockFactory.Moment.AddSeconds(1));

        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var detail = $"/meldingen/{reference}";
        (await af.PostFormAsync($"{detail}?handler=Note", new() { ["Note"] = "Gebeld met wijkagent." }, formPage: detail)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var queue = await af.GetHtmlAsync("/meldingen");
        RowOf(queue, reference).ShouldContain(Dutch);
        RowOf(queue, reference).ShouldContain($"datetime=\"{Iso}");

        var page = await af.AllTabsHtmlAsync(reference);
        (await af.GetHtmlAsync(detail)).ShouldContain($"{Dutch}</time> · kanaal");
        CountOf(page, Dutch).ShouldBeGreaterThanOrEqualTo(3); // received, the note and the timeline line, over the signal's tabs
        page.ShouldNotContain("10-3-2026 23:27");

        (await af.GetHtmlAsync("/meldingen-voor-mij")).ShouldContain(Dutch);

        // The melder's own list shows the Dutch date: it is already 11 March in the Netherlands.
        var mine = await (await WebSession.SignedInAsync(factory, "melder@demo.schakel.nl")).GetHtmlAsync("/mijn-meldingen");
        RowOf(mine, reference).ShouldContain($"<time datetime=\"{Iso}");
        mine.ShouldContain(">11-3-2026</time>");

        // The audit log shows Dutch time, and "from 11 March" means the Dutch day, which began at 23:00 UTC on the 10th.
        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var audit = await fg.PostFormAsync("/privacy/audit", new() { ["From"] = "2026-03-11", ["To"] = "2026-03-11", ["UserEmail"] = "af.zwolle@demo.schakel.nl" }, formPage: "/privacy/audit");
        var auditHtml = await audit.Content.ReadAsStringAsync();
        auditHtml.ShouldContain(">Moment</th>");
        auditHtml.ShouldContain("tijden in nederlandse tijd");
        auditHtml.ShouldContain($"{Dutch}:00</time>");
    }

    [Fact]
    public async Task The_table_pages_minutes_and_export_use_the_same_clock()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var past = await factory.MeetingIdAsync(next: false);
        var item = await factory.ItemIdAsync(meeting, "Deventer");
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var decide = $"/tafel/vergaderingen/{meeting}/punten/{item}";
        var version = (await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.Version).SingleAsync())).ToString();
        (await secretary.PostFormAsync(decide, new()
        {
            ["Input.Version"] = version, ["Input.ReasonableSuspicion"] = "true", ["Input.Outcome"] = "Tracks",
            ["Input.DirectorUserId"] = await factory.UserIdAsync("procesregisseur@demo.schakel.nl"), ["Input.FirstGoal"] = "Veilig onderdak",
            ["Input.Actions[0].Description"] = "Opvang regelen", ["Input.Actions[0].OwnerUserId"] = await factory.UserIdAsync("zorgcoordinator@demo.schakel.nl"),
            ["Input.Actions[0].DueOn"] = "2030-01-01",
        }, extra: [new("Input.Tracks", "Care")])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await secretary.GetHtmlAsync(decide)).ShouldContain($", {Dutch})");
        var caseId = await factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.CaseId!.Value).SingleAsync());
        var casePage = await secretary.GetHtmlAsync($"/zaken/{caseId}?tab=geschiedenis");
        casePage.ShouldContain($"geopend {Dutch}");
        casePage.ShouldContain($"<time datetime=\"{Iso}");

        // The demo meetings are planned at 10:00 Dutch time, the day after (Dutch) today and two weeks before it.
        (await secretary.GetHtmlAsync($"/tafel/vergaderingen/{meeting}/verslag")).ShouldContain("12-3-2026 10:00");
        (await secretary.GetHtmlAsync($"/tafel/vergaderingen/{past}/verslag")).ShouldContain("25-2-2026 10:00");

        var board = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var export = await board.GetAsync("/basisniveau/overzicht.xlsx");
        export.Content.Headers.ContentDisposition!.FileName!.ShouldContain("2026-03-11");
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(await export.Content.ReadAsByteArrayAsync()));
        workbook.Worksheet("Stand van zaken").Cell(1, 1).GetString().ShouldEndWith(", 11-3-2026");
    }

    [Fact]
    public async Task A_summer_moment_is_two_hours_ahead()
    {
        var reference = await ReportAsync("Jongen werkt 's avonds laat in een nagelstudio.");
        var summer = new DateTimeOffset(2025, 7, 1, 22, 27, 0, TimeSpan.Zero);
        await factory.WithAsync(db => db.Signals.Where(s => s.Reference == reference).ExecuteUpdateAsync(u => u.SetProperty(s => s.ReceivedAt, summer)));

        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        (await af.GetHtmlAsync($"/meldingen/{reference}")).ShouldContain("<time datetime=\"2025-07-01T22:27:00Z\">2-7-2025 00:27</time> · kanaal");
    }

    private static string RowOf(string html, string reference)
    {
        var at = html.IndexOf(reference, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0);
        var end = html.IndexOf("</tr>", at, StringComparison.Ordinal);
        return html[at..end];
    }

    private static int CountOf(string html, string text) => Regex.Count(html, Regex.Escape(text));
}
