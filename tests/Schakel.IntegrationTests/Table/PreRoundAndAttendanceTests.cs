using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Table;

/// <summary>
/// The pre-round shows members who each person is, so they can check their own systems, and never police-only content;
/// the answers reach the decision page and the minutes; the chair records who attended.
/// </summary>
public sealed class PreRoundAndAttendanceTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Note = "Bekend bij Fier, dossier niet deelbaar";

    [Fact]
    public async Task A_member_sees_the_identities_of_each_person_without_police_content_and_each_read_is_audited()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var lotte = await factory.WithAsync(async db =>
        {
            var subject = await db.Subjects.FirstAsync(s => s.FullName == "Lotte");
            subject.DateOfBirth = new DateOnly(2010, 3, 4);
            await db.SaveChangesAsync();
            return subject.Id;
        });
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        var html = WebUtility.HtmlDecode(await riec.GetHtmlAsync($"/tafel/vergaderingen/{meeting}/voorronde"));
        html.ShouldContain("4-3-2010");
        html.ShouldContain("@lotte.xo");
        html.ShouldContain("K-123-BB");
        html.ShouldContain("0612345678");
        html.ShouldContain("Woont in");
        html.ShouldNotContain("Observatie van het pand");
        html.ShouldNotContain("Opsporingsonderzoek");
        html.ShouldNotContain("TMM-onderzoek");

        var riecId = await factory.UserIdAsync("riec@demo.schakel.nl");
        var reads = await factory.WithAsync(db => db.AuditEntries
            .Where(e => e.UserId == riecId && e.RecordType == "Subject" && e.RecordId == lotte.ToString()).Select(e => e.Details).ToListAsync());
        reads.ShouldContain(d => d != null && d.Contains($"voorronde vergadering {meeting}"));

        // The attention officer has no seat: no pre-round, so no identities of other municipalities' persons.
        var af = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        (await af.GetAsync($"/tafel/vergaderingen/{meeting}/voorronde")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_answer_shows_on_the_decision_page_and_in_the_minutes_with_who_answered_but_not_in_the_municipality_version()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var lotte = await factory.WithAsync(db => db.Subjects.Where(s => s.FullName == "Lotte").Select(s => s.Id).FirstAsync());
        var care = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        var answered = await care.PostFormAsync($"/tafel/vergaderingen/{meeting}/voorronde", new()
        {
            ["Input[0].SubjectId"] = lotte.ToString(), ["Input[0].Answer"] = "KnownNotShareable", ["Input[0].Note"] = Note,
        });
        answered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var organisation = await factory.WithAsync(db => db.Users.Where(u => u.Email == "zorgcoordinator@demo.schakel.nl").Select(u => u.Organisation!.Name).FirstAsync());

        var chair = await WebSession.SignedInAsync(factory, "procesregisseur@demo.schakel.nl");
        var item = await factory.ItemIdAsync(meeting, "Deventer");
        var decide = WebUtility.HtmlDecode(await chair.GetHtmlAsync($"/tafel/vergaderingen/{meeting}/punten/{item}"));
        var answers = Part(decide, "preround-answers");
        answers.ShouldContain("Bekend, niet deelbaar");
        answers.ShouldContain(Note);
        answers.ShouldContain(organisation);

        foreach (var (email, version) in new[] { ("procesregisseur@demo.schakel.nl", "Full"), ("riec@demo.schakel.nl", "Partner") })
        {
            var minutes = WebUtility.HtmlDecode(await (await WebSession.SignedInAsync(factory, email)).GetHtmlAsync($"/tafel/vergaderingen/{meeting}/verslag"));
            minutes.ShouldContain($"data-version=\"{version}\"");
            minutes.ShouldContain(Note, customMessage: email);
            minutes.ShouldContain("Bekend, niet deelbaar");
        }
        var af = WebUtility.HtmlDecode(await (await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl")).GetHtmlAsync($"/tafel/vergaderingen/{meeting}/verslag"));
        af.ShouldContain("data-version=\"Municipality\"");
        af.ShouldNotContain(Note);
        af.ShouldNotContain("Lotte");
    }

    [Fact]
    public async Task The_chair_records_attendance_with_a_guest_and_the_minutes_list_it_and_others_cannot_record_it()
    {
        var meeting = await factory.MeetingIdAsync(next: false);
        var url = $"/tafel/vergaderingen/{meeting}/aanwezigheid";
        var (riec, police, guest) = (await factory.UserIdAsync("riec@demo.schakel.nl"), await factory.UserIdAsync("politie@demo.schakel.nl"),
            await factory.UserIdAsync("af.zwolle@demo.schakel.nl"));

        var member = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        (await member.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var chair = await WebSession.SignedInAsync(factory, "procesregisseur@demo.schakel.nl");
        (await chair.GetHtmlAsync($"/tafel/vergaderingen/{meeting}")).ShouldContain(url);
        var wrong = await chair.PostFormAsync(url, new() { ["Input[0].UserId"] = riec, ["Input[0].Presence"] = "Guest", ["Input[0].Version"] = "0" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()).ShouldContain("Kies voor een lid aanwezig");

        var saved = await chair.PostFormAsync(url, new()
        {
            ["Input[0].UserId"] = riec, ["Input[0].Presence"] = "Present", ["Input[0].Version"] = "0",
            ["Input[1].UserId"] = police, ["Input[1].Presence"] = "AbsentWithNotice", ["Input[1].Version"] = "0",
            ["Input[2].UserId"] = guest, ["Input[2].Presence"] = "Guest", ["Input[2].Version"] = "0",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var names = await factory.WithAsync(db => db.Users.Where(u => u.Id == riec || u.Id == police || u.Id == guest).ToDictionaryAsync(u => u.Id, u => u.DisplayName));

        var page = WebUtility.HtmlDecode(await chair.GetHtmlAsync(url));
        page.ShouldContain("checked=\"checked\"");
        var minutes = WebUtility.HtmlDecode(await chair.GetHtmlAsync($"/tafel/vergaderingen/{meeting}/verslag"));
        var attendance = Part(minutes, "minutes-attendance");
        Line(attendance, "Aanwezig:").ShouldContain(names[riec]);
        Line(attendance, "Afwezig met bericht:").ShouldContain(names[police]);
        Line(attendance, "Gast:").ShouldContain(names[guest]);
        (await factory.WithAsync(db => db.Set<MeetingAttendance>().CountAsync(a => a.MeetingId == meeting))).ShouldBe(3);

        // Unchecking the guest removes the line; a stale version is refused with a message and nothing removed.
        var version = await factory.WithAsync(db => db.Set<MeetingAttendance>().Where(a => a.MeetingId == meeting && a.UserId == guest).Select(a => a.Version).SingleAsync());
        var stale = await chair.PostFormAsync(url, new() { ["Input[0].UserId"] = guest, ["Input[0].Version"] = (version + 5).ToString() });
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()).ShouldContain("intussen gewijzigd");
        (await factory.WithAsync(db => db.Set<MeetingAttendance>().CountAsync(a => a.MeetingId == meeting))).ShouldBe(3);
        (await chair.PostFormAsync(url, new() { ["Input[0].UserId"] = guest, ["Input[0].Version"] = version.ToString() })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithAsync(db => db.Set<MeetingAttendance>().CountAsync(a => a.MeetingId == meeting))).ShouldBe(2);
    }

    internal static string Part(string html, string testId)
    {
        var start = html.IndexOf($"data-testid=\"{testId}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, testId);
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    private static string Line(string html, string label)
    {
        var start = html.IndexOf(label, StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, label);
        return html[start..html.IndexOf("</p>", start, StringComparison.Ordinal)];
    }
}
