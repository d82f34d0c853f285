using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Core.Table;
using Schakel.IntegrationTests.Care;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Table;

/// <summary>
/// After a post the user lands on the tab and section acted in (the redirect's Location), the confirmation there; the
/// decision page and agenda speak in labels, not codes.
/// </summary>
public sealed class RecordLandingTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task A_new_care_need_lands_on_the_needs_tab_with_its_confirmation_there()
    {
        var id = await factory.DemoCareFileIdAsync();
        var care = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        var posted = await care.PostFormAsync($"/zorg/{id}/behoeften", new() { ["Need.Domain"] = "Housing", ["Need.Status"] = "Open", ["Need.Provider"] = "Woningcorporatie IJsselland" },
            formPage: $"/zorg/{id}?tab=behoeften");

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.ToString().ShouldBe($"/zorg/{id}?tab=behoeften#behoeften");
        var html = WebUtility.HtmlDecode(await care.GetHtmlAsync($"/zorg/{id}?tab=behoeften"));
        html.ShouldContain("data-testid=\"acted-behoeften\"");
        html.ShouldContain("Zorgbehoefte toegevoegd.");
        html.ShouldContain("Woningcorporatie IJsselland");
        html.ShouldContain("aria-current=\"page\">Zorgbehoeften</a>");
        // A section's own address is only a post target; reading it opens its tab.
        (await care.GetAsync($"/zorg/{id}/behoeften")).Headers.Location!.ToString().ShouldBe($"/zorg/{id}?tab=behoeften#behoeften");
    }

    [Fact]
    public async Task The_attention_officer_gets_only_the_summary_tabs_of_a_care_file()
    {
        var id = await factory.DemoCareFileIdAsync();
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var html = WebUtility.HtmlDecode(await af.GetHtmlAsync($"/zorg/{id}?tab=behoeften"));
        html.ShouldContain("aria-current=\"page\">Overzicht</a>", Case.Sensitive, "a tab the user may not see opens the overview");
        html.ShouldNotContain("?tab=behoeften");
        html.ShouldNotContain("data-testid=\"care-needs\"");
        html.ShouldContain("?tab=doelen");
    }

    [Fact]
    public async Task A_case_action_lands_on_the_actions_tab_at_the_action()
    {
        var caseId = await factory.DemoCaseIdAsync();
        var action = await factory.WithAsync(db => db.Set<TableAction>().Where(a => a.CaseId == caseId).Select(a => new { a.Id, a.Version }).FirstAsync());
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        var posted = await riec.PostFormAsync($"/zaken/{caseId}?handler=Action",
            new() { ["actionId"] = action.Id.ToString(), ["actionVersion"] = action.Version.ToString(), ["status"] = "Open" }, formPage: $"/zaken/{caseId}?tab=acties");

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.ToString().ShouldBe($"/zaken/{caseId}?tab=acties#actie-{action.Id}");
        var html = WebUtility.HtmlDecode(await riec.GetHtmlAsync($"/zaken/{caseId}?tab=acties"));
        html.ShouldContain("data-testid=\"acted-acties\"");
        html.ShouldContain($"id=\"actie-{action.Id}\"");
    }

    [Fact]
    public async Task The_case_print_view_shows_every_section_without_forms_and_is_audited()
    {
        var caseId = await factory.DemoCaseIdAsync();
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        Task<int> ReadsAsync() => factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.Action == Schakel.Core.Audit.AuditAction.Read && e.RecordType == "Case" && e.RecordId == caseId.ToString()));
        var before = await ReadsAsync();
        var page = WebUtility.HtmlDecode(await riec.GetHtmlAsync($"/zaken/{caseId}?weergave=afdrukken"));
        (await ReadsAsync()).ShouldBe(before + 1, "the print view is a read like any other");
        var html = page[page.IndexOf("data-testid=\"case-record\"", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];
        foreach (var section in new[] { "case-overview", "case-signals", "tracks", "case-actions", "timeline" })
        {
            html.ShouldContain($"data-testid=\"{section}\"");
        }
        html.ShouldNotContain("<form");
        html.ShouldNotContain("data-testid=\"record-tabs\"");
        html.ShouldContain("schakel-print");
    }

    [Fact]
    public async Task A_decision_lands_on_its_agenda_item_and_the_decision_page_names_forms_by_label()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var item = await factory.ItemIdAsync(meeting, "Kampen");
        var (codes, labels) = await factory.WithAsync(async db =>
        {
            var signalId = await db.Set<AgendaItem>().Where(i => i.Id == item).Select(i => i.SignalId!.Value).SingleAsync();
            var forms = await db.Signals.Where(s => s.Id == signalId).SelectMany(s => s.Forms.Select(f => f.FormCode)).ToListAsync();
            var names = await db.ReferenceItems.Where(i => i.List == ReferenceList.ExploitationForm && forms.Contains(i.Code)).Select(i => i.Label).ToListAsync();
            return (forms, names);
        });
        codes.ShouldNotBeEmpty();
        var secretary = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var url = $"/tafel/vergaderingen/{meeting}/punten/{item}";
        var page = WebUtility.HtmlDecode(await secretary.GetHtmlAsync(url));
        var summary = page[page.IndexOf("data-testid=\"item-summary\"", StringComparison.Ordinal)..];
        summary = summary[..summary.IndexOf("</section>", StringComparison.Ordinal)];
        summary.ShouldContain("Vorm(en) van uitbuiting");
        foreach (var label in labels)
        {
            summary.ShouldContain(label);
        }
        foreach (var code in codes.Where(c => labels.All(l => !l.Contains(c, StringComparison.Ordinal))))
        {
            summary.ShouldNotContain(code, Case.Sensitive);
        }

        var version = WebSession.HiddenValue(page, "Input.Version")!;
        var decided = await secretary.PostFormAsync(url, new()
        {
            ["Input.Version"] = version, ["Input.ReasonableSuspicion"] = "false", ["Input.Outcome"] = "KeepMonitoring",
        });
        decided.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        decided.Headers.Location!.ToString().ShouldBe($"/tafel/vergaderingen/{meeting}/agenda#punt-{item}");
        var agenda = WebUtility.HtmlDecode(await secretary.GetHtmlAsync($"/tafel/vergaderingen/{meeting}/agenda"));
        var at = agenda[agenda.IndexOf($"id=\"punt-{item}\"", StringComparison.Ordinal)..];
        at[..at.IndexOf("</li>", StringComparison.Ordinal)].ShouldContain("vastgelegd.", Case.Sensitive, "the confirmation sits in the item decided");
    }

    [Fact]
    public async Task Building_an_agenda_again_says_it_was_already_up_to_date_in_plain_dutch()
    {
        var meeting = await factory.MeetingIdAsync(next: true);
        var chair = await WebSession.SignedInAsync(factory, "procesregisseur@demo.schakel.nl");
        await chair.PostFormAsync($"/tafel/vergaderingen/{meeting}?handler=Generate", new());
        var again = await chair.PostFormAsync($"/tafel/vergaderingen/{meeting}?handler=Generate", new());
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = WebUtility.HtmlDecode(await chair.GetHtmlAsync(again.Headers.Location!.ToString()));
        html.ShouldContain("De agenda was al bijgewerkt");
        html.ShouldNotContain("De agenda was al bij;");
    }
}
