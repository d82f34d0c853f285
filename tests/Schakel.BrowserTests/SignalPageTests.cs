using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Schakel.Core.Signals;
using Schakel.Web.Features.Signals;

namespace Schakel.BrowserTests;

/// <summary>
/// The signal as a record with tabs, and forms that land the user where they acted: the check result, an added person,
/// a step, and an error summary that takes focus and leads to its field.
/// </summary>
[Collection("browser")]
public sealed class SignalPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private Task<string> ZwolleNewSignalAsync() => browser.Factory.WithAsync(db =>
        db.Signals.Where(s => s.Status == SignalStatus.New && s.Kind == SignalKind.Report && s.Municipality!.Name == "Zwolle").OrderBy(s => s.Id).Select(s => s.Reference).FirstAsync());

    [Fact]
    public async Task Every_tab_of_the_signal_is_a_server_link_marked_current_and_passes_axe()
    {
        // Signing in first gives the demo data time to be in place. Any Zwolle signal: another test takes the new one up.
        var af = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        var reference = await browser.Factory.WithAsync(db => db.Signals.Where(s => s.Municipality!.Name == "Zwolle").OrderBy(s => s.Id).Select(s => s.Reference).FirstAsync());
        await af.GotoAsync($"/meldingen/{reference}");
        var tabs = af.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van de melding" });
        foreach (var tab in new[] { "Overzicht", "Personen", "Gemeentelijke informatie", "Acties en besluit", "Geschiedenis" })
        {
            await tabs.GetByRole(AriaRole.Link, new() { Name = tab, Exact = true }).ClickAsync();
            await Assertions.Expect(tabs.GetByRole(AriaRole.Link, new() { Name = tab, Exact = true })).ToHaveAttributeAsync("aria-current", "page");
            await Assertions.Expect(tabs.Locator("[aria-current=page]")).ToHaveCountAsync(1);
            await af.ShouldHaveNoWcagViolationsAsync();
        }
        await af.Context.CloseAsync();
    }

    [Fact]
    public async Task After_adding_a_person_and_after_a_step_the_user_sees_the_section_where_they_acted()
    {
        var af = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        var reference = await ZwolleNewSignalAsync();
        await af.GotoAsync($"/meldingen/{reference}?tab=personen");
        await af.GetByLabel("Naam", new() { Exact = true }).FillAsync("Marta Nowak");
        await af.GetByRole(AriaRole.Button, new() { Name = "Persoon toevoegen" }).ClickAsync();
        await Assertions.Expect(af).ToHaveURLAsync(new Regex(@"\?tab=personen#persoon-\d+$"));
        var card = af.GetByTestId("subject").Filter(new() { HasText = "Marta Nowak" });
        await Assertions.Expect(card.GetByRole(AriaRole.Status)).ToHaveTextAsync("Persoon toegevoegd: Marta Nowak.");
        await Assertions.Expect(card).ToBeInViewportAsync();
        await af.ShouldHaveNoWcagViolationsAsync();

        await af.GetByRole(AriaRole.Link, new() { Name = "Acties en besluit", Exact = true }).ClickAsync();
        await af.GetByLabel(SignalLabels.Dutch(SignalAction.TakeUp)).CheckAsync();
        await af.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await Assertions.Expect(af).ToHaveURLAsync(new Regex(@"\?tab=acties#besluit$"));
        var message = af.GetByRole(AriaRole.Status).Filter(new() { HasText = "Besluit vastgelegd" });
        await Assertions.Expect(message).ToBeInViewportAsync();
        await Assertions.Expect(af.GetByTestId("status")).ToHaveTextAsync("In behandeling");
        await af.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_new_signal_the_check_result_and_an_added_person_appear_where_the_user_clicked()
    {
        var melder = await browser.SignedInPageAsync("melder@demo.schakel.nl");
        await melder.GotoAsync("/meldingen/nieuw");
        await melder.GetByLabel("Er is een minderjarige betrokken").CheckAsync();
        await melder.GetByRole(AriaRole.Button, new() { Name = "Signaalcheck bekijken" }).ClickAsync();
        var check = melder.GetByTestId("signal-check");
        await Assertions.Expect(check).ToContainTextAsync("Signaalcheck: zorg hoog");
        await Assertions.Expect(check).ToBeInViewportAsync();
        await Assertions.Expect(check).ToBeFocusedAsync();
        await melder.ShouldHaveNoWcagViolationsAsync();

        await melder.GetByRole(AriaRole.Button, new() { Name = "Nog een persoon toevoegen" }).ClickAsync();
        await Assertions.Expect(melder).ToHaveURLAsync(new Regex("#persoon-2$"));
        await Assertions.Expect(melder.Locator("#persoon-2")).ToBeInViewportAsync();
        await Assertions.Expect(melder.GetByLabel("Er is een minderjarige betrokken")).ToBeCheckedAsync();
        await melder.Context.CloseAsync();
    }

    [Fact]
    public async Task The_error_summary_takes_focus_and_its_link_moves_focus_to_the_field()
    {
        var melder = await browser.SignedInPageAsync("melder@demo.schakel.nl");
        await melder.GotoAsync("/meldingen/nieuw");
        await melder.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();
        var summary = melder.GetByTestId("error-summary");
        await Assertions.Expect(summary.GetByRole(AriaRole.Heading)).ToHaveTextAsync("Er is een probleem");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await melder.ShouldHaveNoWcagViolationsAsync();

        await summary.GetByRole(AriaRole.Link, new() { Name = "Beschrijf wat u zag, hoorde of vermoedt." }).ClickAsync();
        await Assertions.Expect(melder.GetByLabel("Wat heeft u gezien, gehoord of vermoedt u?")).ToBeFocusedAsync();
        await melder.Context.CloseAsync();
    }

    [Fact]
    public async Task A_long_text_field_counts_down_while_typing()
    {
        var melder = await browser.SignedInPageAsync("melder@demo.schakel.nl");
        await melder.GotoAsync("/meldingen/nieuw");
        var hint = melder.Locator("#Draft_Description-count");
        await Assertions.Expect(hint).ToContainTextAsync($"Maximaal {SignalValidator.MaxDescription} tekens");
        await melder.GetByLabel("Wat heeft u gezien, gehoord of vermoedt u?").FillAsync("Twaalf tekens");
        await Assertions.Expect(hint).ToContainTextAsync($"nog {SignalValidator.MaxDescription - 13} tekens");
        await Assertions.Expect(hint.Locator("[aria-live=polite]")).ToHaveTextAsync($"nog {SignalValidator.MaxDescription - 13} tekens");
        await melder.Context.CloseAsync();
    }
}
