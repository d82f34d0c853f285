using System.Globalization;
using ClosedXML.Excel;
using Microsoft.Playwright;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class BasicLevelTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_attention_officer_records_the_basic_level_and_the_chain_director_sees_and_exports_it()
    {
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-10);
        var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dutch = day.ToString("d-M-yyyy", CultureInfo.InvariantCulture);

        var af = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        await af.GetByRole(AriaRole.Link, new() { Name = "Basisniveau" }).ClickAsync();
        await Assertions.Expect(af.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Basisniveau Zwolle");
        await af.ShouldHaveNoWcagViolationsAsync();

        // "Done" without evidence is refused; the date typed stays in the form.
        await af.GetByRole(AriaRole.Link, new() { Name = "Omgevingsscan of risicoanalyse van kwetsbare sectoren gedaan" }).ClickAsync();
        await af.GetByRole(AriaRole.Radio, new() { Name = "Gereed" }).CheckAsync();
        await af.GetByLabel("Datum (verplicht bij gereed)").FillAsync(iso);
        await af.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(af.GetByRole(AriaRole.Alert)).ToContainTextAsync("Geef het bewijs dat de bouwsteen gereed is");
        await Assertions.Expect(af.GetByLabel("Datum (verplicht bij gereed)")).ToHaveValueAsync(iso);
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.GetByLabel("Bewijs: toelichting of link naar het document (verplicht bij gereed)").FillAsync("Rapport omgevingsscan kwetsbare sectoren Zwolle");
        await af.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(af.GetByRole(AriaRole.Status)).ToContainTextAsync("opgeslagen: gereed");

        await af.GetByRole(AriaRole.Link, new() { Name = "Jaarlijkse bewustwordingsactiviteit" }).ClickAsync();
        await af.GetByRole(AriaRole.Radio, new() { Name = "Gereed" }).CheckAsync();
        await af.GetByLabel("Datum (verplicht bij gereed)").FillAsync(iso);
        await af.GetByLabel("Bewijs: toelichting of link naar het document (verplicht bij gereed)").FillAsync("https://zwolle.example/week-tegen-uitbuiting");
        await af.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("checklist-basis")).ToContainTextAsync("Rapport omgevingsscan kwetsbare sectoren Zwolle");

        await af.GetByRole(AriaRole.Link, new() { Name = "Actiepunt toevoegen" }).ClickAsync();
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.GetByLabel("Wat moet er gebeuren").FillAsync("Horecaondernemers voorlichten over signalen");
        await af.GetByLabel("Termijn (kwartaal, bijvoorbeeld 2027-Q1, of datum, bijvoorbeeld 31-3-2027)").FillAsync("2027-Q2");
        await af.GetByLabel("Eigenaar").FillAsync("Adviseur openbare orde");
        await af.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("actions")).ToContainTextAsync("Horecaondernemers voorlichten over signalen");

        await af.GetByRole(AriaRole.Link, new() { Name = "Trainingssessie vastleggen" }).ClickAsync();
        await af.ShouldHaveNoWcagViolationsAsync();
        await af.GetByLabel("Training uit de catalogus").SelectOptionAsync(new SelectOptionValue { Label = "Signalen in hotels en horeca (RIEC met gemeente)" });
        await af.GetByLabel("Datum van de sessie").FillAsync(iso);
        await af.GetByLabel("Doelgroep").SelectOptionAsync(new SelectOptionValue { Label = "Ondernemers (horeca, hotels, uitzendbureaus)" });
        await af.GetByLabel("Aantal bereikte mensen").FillAsync("27");
        await af.GetByRole(AriaRole.Button, new() { Name = "Sessie vastleggen" }).ClickAsync();
        await Assertions.Expect(af.GetByTestId("sessions")).ToContainTextAsync("Signalen in hotels en horeca");
        await af.Context.CloseAsync();

        var director = await browser.SignedInPageAsync("ketenregisseur@demo.schakel.nl");
        await director.GetByRole(AriaRole.Link, new() { Name = "Basisniveau" }).ClickAsync();
        await Assertions.Expect(director.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Stand van zaken basisniveau");
        await director.ShouldHaveNoWcagViolationsAsync();
        var row = director.GetByTestId("state-basic").GetByRole(AriaRole.Row).Filter(new() { HasText = "Omgevingsscan of risicoanalyse" });
        var zwolleColumn = await director.GetByTestId("state-basic").Locator("thead th").AllTextContentsAsync();
        var index = zwolleColumn.Select(t => t.Trim()).ToList().IndexOf("Zwolle");
        index.ShouldBeGreaterThan(0);
        await Assertions.Expect(row.Locator("td").Nth(index - 1)).ToContainTextAsync($"Gereed {dutch}");
        await Assertions.Expect(director.GetByText("Horecaondernemers voorlichten over signalen")).ToBeVisibleAsync();
        await Assertions.Expect(director.GetByTestId("session-counts").GetByRole(AriaRole.Row).Filter(new() { HasText = "Zwolle" }).Filter(new() { HasText = "Ondernemers" })).ToContainTextAsync("27");

        var download = await director.RunAndWaitForDownloadAsync(() => director.GetByRole(AriaRole.Link, new() { Name = "Download als Excel-bestand" }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), "schakel-basisniveau-" + Guid.NewGuid().ToString("N") + ".xlsx");
        await download.SaveAsAsync(path);
        try
        {
            using var workbook = new XLWorkbook(path);
            var overview = workbook.Worksheet("Stand van zaken");
            var header = overview.Row(3).CellsUsed().Select(c => c.GetString()).ToList();
            var col = header.IndexOf("Zwolle") + 1;
            var scanRow = overview.Column(1).CellsUsed().First(c => c.GetString().StartsWith("Omgevingsscan", StringComparison.Ordinal)).Address.RowNumber;
            overview.Cell(scanRow, col).GetString().ShouldBe($"Gereed {dutch}");
            var awarenessRow = overview.Column(1).CellsUsed().First(c => c.GetString().StartsWith("Jaarlijkse bewustwordingsactiviteit", StringComparison.Ordinal)).Address.RowNumber;
            overview.Cell(awarenessRow, col).GetString().ShouldBe($"Gereed {dutch}");
            workbook.Worksheet("Bouwstenen details").CellsUsed().ShouldContain(c => c.GetString() == "https://zwolle.example/week-tegen-uitbuiting");
            var actions = workbook.Worksheet("Actiepunten").RowsUsed().Select(r => string.Join("|", r.CellsUsed().Select(c => c.GetString()))).ToList();
            actions.ShouldContain(a => a.Contains("Zwolle|Horecaondernemers voorlichten over signalen|2027-Q2|Adviseur openbare orde", StringComparison.Ordinal));
            var sessions = workbook.Worksheet("Trainingen").RowsUsed().Select(r => string.Join("|", r.CellsUsed().Select(c => c.GetString()))).ToList();
            sessions.ShouldContain("Zwolle|Ondernemers (horeca, hotels, uitzendbureaus)|1|27");
        }
        finally
        {
            File.Delete(path);
        }
        await director.Context.CloseAsync();
    }

    [Fact]
    public async Task Professionals_find_where_to_report_without_signing_in()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/melden/gemeenten");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Waar meld ik in mijn gemeente?");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Zwolle" })).ToBeVisibleAsync();
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Context.CloseAsync();
    }
}
