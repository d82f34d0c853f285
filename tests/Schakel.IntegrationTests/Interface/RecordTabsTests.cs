using System.Net;
using System.Text.RegularExpressions;
using Schakel.Core.Signals;
using Schakel.IntegrationTests.Care;
using Schakel.IntegrationTests.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Interface;

/// <summary>
/// The three long records (signal, case, care file) share one tab bar and one way of landing after a post: the same
/// labelled navigation with one current tab, and the confirmation in the section acted in, shown once.
/// </summary>
public sealed partial class RecordTabsTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task Signal_case_and_care_file_show_the_same_tab_bar_with_one_current_tab_per_address()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var caseId = await factory.DemoCaseIdAsync();
        var fileId = await factory.DemoCareFileIdAsync();
        var records = new (string User, string Url, string Label, string Current)[]
        {
            ("af.zwolle@demo.schakel.nl", $"/meldingen/{reference}?tab=notities", "Onderdelen van de melding", "Gemeentelijke informatie"),
            ("riec@demo.schakel.nl", $"/zaken/{caseId}?tab=sporen", "Onderdelen van de casus", "Sporen"),
            ("zorgcoordinator@demo.schakel.nl", $"/zorg/{fileId}?tab=doelen", "Onderdelen van het zorgdossier", "Doelen"),
        };
        foreach (var (user, url, label, current) in records)
        {
            var session = await WebSession.SignedInAsync(factory, user);
            var html = WebUtility.HtmlDecode(await session.GetHtmlAsync(url));
            var nav = TabBar().Match(html);
            nav.Success.ShouldBeTrue($"{url} has the shared tab bar");
            nav.Groups["label"].Value.ShouldBe(label);
            var links = TabLink().Matches(nav.Value);
            links.Count.ShouldBeGreaterThan(2, url);
            links.Where(l => l.Groups["current"].Success).Select(l => l.Groups["text"].Value).ShouldBe([current], url);
            links.Single(l => l.Groups["current"].Success).Groups["href"].Value.ShouldBe(url, "the current tab links to the address it is shown on");
            html.ShouldNotContain("class=\"schakel-tabs", Case.Sensitive, "no second tab bar");
        }
    }

    [Fact]
    public async Task A_corrected_person_lands_on_its_card_with_the_confirmation_there_once()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var subjectId = (await factory.SignalAsync(reference)).Subjects.Single(s => s.FullName == "Andrzej Kowalski").Id;
        var page = $"/meldingen/{reference}/personen/{subjectId}";
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var version = WebSession.HiddenValue(await af.GetHtmlAsync(page), "Version")!;

        var saved = await af.PostFormAsync(page, new() { ["Version"] = version, ["Input.Role"] = "PossibleVictim", ["Input.FullName"] = "Andrzej Kowalski" });
        saved.Headers.Location!.ToString().ShouldBe($"/meldingen/{reference}?tab=personen#persoon-{subjectId}");

        var landed = await af.GetHtmlAsync(saved.Headers.Location!.ToString());
        Regex.IsMatch(landed, $"id=\"persoon-{subjectId}\".*?data-testid=\"acted-persoon-{subjectId}\" role=\"status\"><p class=\"utrecht-paragraph\">De gegevens van de persoon zijn gecorrigeerd.",
            RegexOptions.Singleline).ShouldBeTrue("the confirmation is in the corrected person's card");
        Regex.Count(landed, "De gegevens van de persoon zijn gecorrigeerd.").ShouldBe(1, "not also in the banner at the top");
        (await af.GetHtmlAsync(SignalTabs.Persons(reference))).ShouldNotContain("De gegevens van de persoon zijn gecorrigeerd.");
    }

    [Fact]
    public async Task A_confirmation_for_a_section_the_user_does_not_open_is_shown_at_the_top_instead_of_lost()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var noted = await af.PostFormAsync($"/meldingen/{reference}?handler=Note", new() { ["Note"] = "Bekend bij de wijkagent" }, formPage: SignalTabs.Notes(reference));
        noted.Headers.Location!.ToString().ShouldBe($"{SignalTabs.Notes(reference)}#notities");

        // Another tab than the one landed on: the notes section is not on it, so the layout's banner shows the message.
        var overview = await af.GetHtmlAsync(SignalTabs.Overview(reference));
        overview.ShouldContain("role=\"status\"><p class=\"utrecht-paragraph\">Notitie toegevoegd.</p>");
        overview.ShouldNotContain("data-testid=\"acted-notities\"");
        (await af.GetHtmlAsync(SignalTabs.Notes(reference))).ShouldNotContain("Notitie toegevoegd.", Case.Sensitive, "shown once");
    }

    [GeneratedRegex("<nav class=\"schakel-record-tabs[^\"]*\" aria-label=\"(?<label>[^\"]+)\" data-testid=\"record-tabs\">.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex TabBar();

    [GeneratedRegex("<a class=\"schakel-record-tabs__link\" href=\"(?<href>[^\"]+)\"(?<current> aria-current=\"page\")?>(?<text>[^<]+)</a>")]
    private static partial Regex TabLink();
}
