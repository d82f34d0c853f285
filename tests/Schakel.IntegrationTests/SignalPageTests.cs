using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Testing;

namespace Schakel.IntegrationTests;

/// <summary>The signal page as tabs: codes read as Dutch labels, and every post sends the user back to where they acted.</summary>
public sealed class SignalPageTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task The_signal_page_shows_labels_not_codes()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var signal = await factory.SignalAsync(reference);
        await factory.WithAsync(db => db.Subjects.Where(s => s.SignalId == signal.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.AgeGroup, AgeGroups.Minor).SetProperty(s => s.Gender, "V")));
        var codes = signal.Forms.Select(f => f.FormCode).ToList();
        var formLabels = await factory.WithAsync(db => db.ReferenceItems.Where(i => i.List == ReferenceList.ExploitationForm && codes.Contains(i.Code)).Select(i => new { i.Code, i.Label }).ToListAsync());
        formLabels.ShouldNotBeEmpty();

        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var persons = WebUtility.HtmlDecode(await af.GetHtmlAsync(SignalTabs.Persons(reference)));
        Value(persons, "Leeftijdsgroep").ShouldBe("Minderjarig (< 18)");
        Value(persons, "Geslacht").ShouldBe("Vrouw");

        var overview = WebUtility.HtmlDecode(await af.GetHtmlAsync(SignalTabs.Overview(reference)));
        var forms = Regex.Match(overview, "Vorm\\(en\\) van uitbuiting</dt>(.*?)</dd>", RegexOptions.Singleline).Groups[1].Value;
        foreach (var form in formLabels)
        {
            forms.ShouldContain(form.Label);
            if (form.Code != form.Label)
            {
                forms.ShouldNotContain(form.Code, Case.Sensitive);
            }
        }
    }

    /// <summary>The value of the first summary-list row with this label.</summary>
    private static string Value(string html, string label) =>
        Regex.Match(html, $"<dt[^>]*>{Regex.Escape(label)}</dt>\\s*<dd[^>]*>\\s*(.*?)\\s*</dd>", RegexOptions.Singleline).Groups[1].Value;

    [Fact]
    public async Task Unknown_is_offered_once_in_the_age_and_gender_lists()
    {
        var melder = await WebSession.SignedInAsync(factory, "melder@demo.schakel.nl");
        var html = await melder.GetHtmlAsync("/meldingen/nieuw");
        foreach (var select in new[] { "Draft_Subjects_0__AgeGroup", "Draft_Subjects_0__Gender" })
        {
            var options = Regex.Match(html, $"id=\"{select}\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
            Regex.Count(options, ">Onbekend<").ShouldBe(1, select);
        }
    }

    [Fact]
    public async Task Adjusting_the_assessment_lands_on_the_actions_tab_with_its_confirmation()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var actions = SignalTabs.Actions(reference);
        var version = WebSession.HiddenValue(await af.GetHtmlAsync(actions), "Version")!;
        var adjusted = await af.PostFormAsync($"/meldingen/{reference}?handler=Override",
            new() { ["Version"] = version, ["OverrideLevel"] = "High", ["OverrideReason"] = "Bekend bij het wijkteam" }, formPage: actions);
        adjusted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        adjusted.Headers.Location!.ToString().ShouldBe($"{actions}#inschatting");

        var landed = await af.GetHtmlAsync(adjusted.Headers.Location!.ToString());
        Regex.IsMatch(landed, "id=\"inschatting\".*?role=\"status\"><p class=\"utrecht-paragraph\">Inschatting aangepast.", RegexOptions.Singleline).ShouldBeTrue();
        (await af.GetHtmlAsync(actions)).ShouldNotContain("Inschatting aangepast.</p>", Case.Sensitive, "the confirmation shows once");
    }

    [Fact]
    public async Task A_refused_post_shows_its_own_tab_with_an_error_summary_that_links_to_the_field()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var empty = await af.PostFormAsync($"/meldingen/{reference}?handler=Note", new() { ["Note"] = " " }, formPage: SignalTabs.Notes(reference));
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await empty.Content.ReadAsStringAsync();
        html.ShouldContain("Er is een probleem");
        html.ShouldContain("href=\"#Note\" data-field=\"Note\">Schrijf een notitie.</a>");
        html.ShouldContain("id=\"Note\"");
        html.ShouldContain("data-testid=\"tab-notities\"");
    }
}
