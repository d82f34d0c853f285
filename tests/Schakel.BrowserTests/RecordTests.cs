using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Schakel.Core.Care;
using Schakel.Core.Reference;
using Schakel.Core.Table;

namespace Schakel.BrowserTests;

/// <summary>
/// Long records as tabs that work without JavaScript, posts that land where the user acted, the decision page in labels
/// and the print views of case and care file.
/// </summary>
[Collection("browser")]
public sealed class RecordTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] CaseTabs = ["Overzicht", "Meldingen en personen", "Sporen", "Acties", "Geschiedenis"];
    private static readonly string[] CareTabs = ["Overzicht", "Doelen", "Zorgbehoeften", "Opvang", "Verblijf", "Contacten", "Toestemming", "Notities", "Geschiedenis"];

    [Fact]
    public async Task The_case_page_has_tabs_that_work_without_javascript_pass_axe_and_print_every_section()
    {
        var caseId = await browser.Factory.WithAsync(db => db.Set<TableCase>().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

        var plain = await browser.SignedInPageAsync("riec@demo.schakel.nl", javaScript: false);
        await plain.GotoAsync($"/zaken/{caseId}");
        await Assertions.Expect(plain.GetByTestId("case-overview")).ToContainTextAsync("Casusregisseur");
        await Assertions.Expect(CareTests.CaseTab(plain, "Overzicht")).ToHaveAttributeAsync("aria-current", "page");
        await CareTests.CaseTab(plain, "Sporen").ClickAsync();
        await Assertions.Expect(plain).ToHaveURLAsync(new Regex("\\?tab=sporen$"));
        await Assertions.Expect(CareTests.CaseTab(plain, "Sporen")).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(CareTests.CaseTab(plain, "Overzicht")).Not.ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(plain.GetByTestId("tracks")).ToBeVisibleAsync();
        await Assertions.Expect(plain.GetByTestId("case-overview")).ToHaveCountAsync(0);
        await CareTests.CaseTab(plain, "Geschiedenis").ClickAsync();
        await Assertions.Expect(plain.GetByTestId("timeline")).ToContainTextAsync("Melding");
        await plain.Context.CloseAsync();

        var page = await browser.SignedInPageAsync("riec@demo.schakel.nl");
        await page.GotoAsync($"/zaken/{caseId}");
        foreach (var tab in CaseTabs)
        {
            await CareTests.CaseTab(page, tab).ClickAsync();
            await Assertions.Expect(CareTests.CaseTab(page, tab)).ToHaveAttributeAsync("aria-current", "page");
            await page.ShouldHaveNoWcagViolationsAsync();
        }

        // An action saved on its tab lands there, beside its confirmation.
        await CareTests.CaseTab(page, "Acties").ClickAsync();
        var action = page.GetByTestId("case-actions").GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Opslaan") }).First;
        if (await action.CountAsync() > 0)
        {
            await action.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("\\?tab=acties#actie-\\d+$"));
            await Assertions.Expect(page.GetByTestId("acted-acties")).ToBeInViewportAsync();
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Afdrukversie" }).ClickAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var section in new[] { "case-overview", "case-signals", "tracks", "case-actions", "timeline" })
        {
            await Assertions.Expect(page.GetByTestId(section)).ToBeVisibleAsync();
        }
        await NothingButTheRecordPrintsAsync(page);
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_care_file_lands_on_the_section_of_a_new_row_and_prints_every_section()
    {
        var fileId = await browser.Factory.WithAsync(db => db.Set<CareFile>().OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());

        // Without JavaScript: adding a contact lands on the contacts tab, at the list, with the confirmation there.
        var plain = await browser.SignedInPageAsync("zorgcoordinator@demo.schakel.nl", javaScript: false);
        await plain.GotoAsync($"/zorg/{fileId}");
        await CareTests.Tab(plain, "Contacten").ClickAsync();
        await Assertions.Expect(CareTests.Tab(plain, "Contacten")).ToHaveAttributeAsync("aria-current", "page");
        await plain.Locator("#ct-name").FillAsync("Sanne de Wit");
        await plain.GetByRole(AriaRole.Button, new() { Name = "Contactpersoon toevoegen" }).ClickAsync();
        await Assertions.Expect(plain).ToHaveURLAsync(new Regex($"/zorg/{fileId}\\?tab=contacten#contacten$"));
        await Assertions.Expect(plain.GetByTestId("acted-contacten")).ToContainTextAsync("toegevoegd");
        await Assertions.Expect(plain.GetByTestId("acted-contacten")).ToBeInViewportAsync();
        await Assertions.Expect(plain.GetByTestId("care-contacts")).ToContainTextAsync("Sanne de Wit");
        await plain.Context.CloseAsync();

        var care = await browser.SignedInPageAsync("zorgcoordinator@demo.schakel.nl");
        await care.GotoAsync($"/zorg/{fileId}");
        foreach (var tab in CareTabs)
        {
            await CareTests.Tab(care, tab).ClickAsync();
            await Assertions.Expect(CareTests.Tab(care, tab)).ToHaveAttributeAsync("aria-current", "page");
            await care.ShouldHaveNoWcagViolationsAsync();
        }

        await care.GetByRole(AriaRole.Link, new() { Name = "Afdrukversie" }).ClickAsync();
        await care.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var section in new[] { "care-overview", "care-goals", "care-needs", "care-shelter", "care-milestones", "care-contacts", "care-consents", "care-notes", "care-history" })
        {
            await Assertions.Expect(care.GetByTestId(section)).ToBeVisibleAsync();
        }
        await NothingButTheRecordPrintsAsync(care);
        await care.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_record_tab_bar_fits_320_pixels_and_is_used_with_the_keyboard_alone()
    {
        var (reference, caseId, fileId) = await browser.Factory.WithAsync(async db => (
            await db.Signals.Where(s => s.Municipality!.Name == "Zwolle").OrderBy(s => s.Id).Select(s => s.Reference).FirstAsync(),
            await db.Set<TableCase>().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(),
            await db.Set<CareFile>().OrderBy(f => f.Id).Select(f => f.Id).FirstAsync()));
        var records = new (string User, string Url, string Label)[]
        {
            ("af.zwolle@demo.schakel.nl", $"/meldingen/{reference}", "Onderdelen van de melding"),
            ("riec@demo.schakel.nl", $"/zaken/{caseId}", "Onderdelen van de casus"),
            ("zorgcoordinator@demo.schakel.nl", $"/zorg/{fileId}", "Onderdelen van het zorgdossier"),
        };
        foreach (var (user, url, label) in records)
        {
            var page = await browser.SignedInPageAsync(user);
            await page.SetViewportSizeAsync(320, 640);
            await page.GotoAsync(url);
            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(320, $"{url} at 320 px");

            // From one tab to the next with Tab, opened with Enter; the focused tab shows the site-wide focus outline.
            var tabs = page.GetByRole(AriaRole.Navigation, new() { Name = label }).GetByRole(AriaRole.Link);
            await tabs.First.FocusAsync();
            await page.Keyboard.PressAsync("Tab");
            var next = tabs.Nth(1);
            await Assertions.Expect(next).ToBeFocusedAsync();
            (await next.EvaluateAsync<string>("a => getComputedStyle(a).outlineStyle")).ShouldNotBe("none", $"focus on a tab of {url} is visible");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(next).ToHaveAttributeAsync("aria-current", "page");
            await Assertions.Expect(tabs.First).Not.ToHaveAttributeAsync("aria-current", "page");
            (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(320, $"second tab of {url} at 320 px");
            await page.ShouldHaveNoWcagViolationsAsync();
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_decision_page_names_the_forms_and_a_decision_lands_on_its_agenda_item()
    {
        var data = await browser.Factory.WithAsync(async db =>
        {
            var meeting = await db.Set<TableMeeting>().OrderByDescending(m => m.StartsAt).Select(m => m.Id).FirstAsync();
            var acute = await db.Signals.Where(s => s.IsAcute && s.Municipality!.Name == "Deventer").Select(s => new { s.Reference, Codes = s.Forms.Select(f => f.FormCode).ToList() }).SingleAsync();
            var labels = await db.ReferenceItems.Where(i => i.List == ReferenceList.ExploitationForm && acute.Codes.Contains(i.Code)).Select(i => i.Label).ToListAsync();
            return (meeting, acute.Reference, acute.Codes, labels);
        });
        data.Codes.ShouldNotBeEmpty("the demo's acute signal names its forms");

        var chair = await browser.SignedInPageAsync("procesregisseur@demo.schakel.nl");
        await chair.GotoAsync($"/tafel/vergaderingen/{data.meeting}/agenda");
        await chair.GetByRole(AriaRole.Link, new() { Name = $"Bespreken en besluiten over {data.Reference}" }).ClickAsync();
        var summary = chair.GetByTestId("item-summary");
        foreach (var label in data.labels)
        {
            await Assertions.Expect(summary).ToContainTextAsync(label);
        }
        foreach (var code in data.Codes)
        {
            await Assertions.Expect(summary).Not.ToContainTextAsync(new Regex($"\\b{Regex.Escape(code)}\\b"));
        }
        await Assertions.Expect(chair.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("ACUUT");
        await chair.ShouldHaveNoWcagViolationsAsync();

        await chair.GetByLabel("Nee", new() { Exact = true }).CheckAsync();
        await chair.GetByLabel(TableLabels.Dutch(TableOutcome.LocalFollowUp)).CheckAsync();
        await chair.GetByLabel("Toelichting bij het besluit").FillAsync("Wijkteam neemt contact op met de school.");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(chair).ToHaveURLAsync(new Regex("/agenda#punt-\\d+$"));
        var item = chair.GetByTestId("agenda-item").Filter(new() { HasText = data.Reference });
        await Assertions.Expect(item.GetByRole(AriaRole.Status)).ToContainTextAsync($"Besluit over {data.Reference} vastgelegd");
        await Assertions.Expect(item.GetByRole(AriaRole.Status)).ToBeInViewportAsync();
        await chair.ShouldHaveNoWcagViolationsAsync();
        await chair.Context.CloseAsync();
    }

    /// <summary>In print, navigation, tabs and every form are gone; only the record is on paper.</summary>
    private static async Task NothingButTheRecordPrintsAsync(IPage page)
    {
        var navs = page.Locator("nav");
        for (var n = 0; n < await navs.CountAsync(); n++)
        {
            await Assertions.Expect(navs.Nth(n)).ToBeHiddenAsync();
        }
        var buttons = page.Locator("main button");
        for (var n = 0; n < await buttons.CountAsync(); n++)
        {
            await Assertions.Expect(buttons.Nth(n)).ToBeHiddenAsync();
        }
    }
}
