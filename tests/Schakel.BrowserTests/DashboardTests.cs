using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Playwright;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class DashboardTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_administrator_recounts_the_figures_from_the_menu()
    {
        var page = await browser.SignedInPageAsync("beheerder@demo.schakel.nl");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kengetallen", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kengetallen opnieuw tellen");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Alles opnieuw tellen" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("recount-done")).ToContainTextAsync("Alle kengetallen zijn opnieuw geteld");
        await Assertions.Expect(page.GetByTestId("dirty-months")).ToHaveTextAsync("0");
        await page.ShouldHaveNoWcagViolationsAsync();
    }

    [Fact]
    public async Task The_chain_director_narrows_the_dashboard_to_one_municipality_and_period_and_downloads_the_same_figures()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var year = today.Year.ToString(CultureInfo.InvariantCulture);

        var page = await browser.SignedInPageAsync("ketenregisseur@demo.schakel.nl");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dashboard aard en omvang");
        await Assertions.Expect(page.GetByTestId("table-gemeente").Locator("tbody tr")).Not.ToHaveCountAsync(1);
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GetByLabel("Gemeente", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Zwolle" });
        // Whole periods only: a year, a quarter or a month.
        await page.GetByLabel("Periode", new() { Exact = false }).FillAsync(year);
        await page.GetByRole(AriaRole.Button, new() { Name = "Toon cijfers" }).ClickAsync();
        // Zwolle and the "Onbekend" row that is always there.
        await Assertions.Expect(page.GetByTestId("table-gemeente").Locator("tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("table-gemeente").Locator("tbody th").First).ToHaveTextAsync("Zwolle");
        await Assertions.Expect(page.GetByLabel("Periode", new() { Exact = false })).ToHaveValueAsync(year);
        // Every chart is an image with a name, and its numbers are in the table next to it.
        var charts = page.Locator("svg[role=img]");
        (await charts.CountAsync()).ShouldBeGreaterThan(1);
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "Meldingen en adviesvragen per gemeente (totaal per rij)" })).ToBeVisibleAsync();
        var onScreen = (await page.GetByTestId("table-gemeente").Locator("tbody tr").First.Locator("td").Last.TextContentAsync())!.Trim();
        await page.ShouldHaveNoWcagViolationsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download alle tabellen als Excel" }).ClickAsync());
        download.SuggestedFilename.ShouldBe($"dashboard-{year}.xlsx");
        var path = Path.Combine(Path.GetTempPath(), "schakel-dashboard-" + Guid.NewGuid().ToString("N") + ".xlsx");
        await download.SaveAsAsync(path);
        try
        {
            using var workbook = new XLWorkbook(path);
            var municipality = workbook.Worksheet("gemeente");
            municipality.Cell(2, 1).GetString().ShouldBe($"Periode {year} ({year}-01-01 t/m {year}-12-31)");
            var rows = municipality.RowsUsed().Where(r => r.RowNumber() > 4).Select(r => r.Cell(1).GetString()).ToList();
            rows.Take(3).ShouldBe(["Zwolle", "Onbekend", "Totaal"]);
            rows.ShouldNotContain("Deventer");
            municipality.RowsUsed().Single(r => r.Cell(1).GetString() == "Zwolle").Cell(4).GetString().ShouldBe(onScreen);
            workbook.Worksheets.Select(w => w.Name).ShouldContain("nationaliteitsgroep");
            workbook.Worksheets.Select(w => w.Name).ShouldContain("slachtoffers-per-jaar");
        }
        finally
        {
            File.Delete(path);
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Jaarverslag" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Jaarverslag aanpak mensenhandel {today.Year}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2. Efficiëntie: gaat het werk vlot en volgens afspraak?" })).ToBeVisibleAsync();
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "CoMensha-aanmelding" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("comensha-left-out")).ToContainTextAsync("Niet opgenomen:");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Context.CloseAsync();
    }
}
