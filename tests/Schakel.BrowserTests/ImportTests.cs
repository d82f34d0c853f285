using ClosedXML.Excel;
using Microsoft.Playwright;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class ImportTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// A list as a region keeps it in Excel: dates as real Excel dates, the municipality and the form by name. Row 4 names
    /// no date of the signal, to see a refused row.
    /// </summary>
    private static byte[] Workbook()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Meldingen");
        string[] headers = ["Nummer", "Datum melding", "Gemeente", "Vorm", "Naam slachtoffer", "Geboortedatum", "Telefoon"];
        for (var c = 0; c < headers.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = headers[c];
        }
        object[][] rows =
        [
            ["ZVH-101", new DateTime(2019, 3, 12), "Zwolle", "Seksuele uitbuiting", "Mirela Dobre", new DateTime(1994, 5, 17), "06-41234567"],
            ["ZVH-102", new DateTime(2019, 6, 3), "Deventer", "Arbeidsuitbuiting", "Tomasz Nowicki", new DateTime(1988, 11, 2), ""],
            ["ZVH-103", "", "Kampen", "Seksuele uitbuiting", "Ana Ionescu", new DateTime(2001, 8, 9), ""],
        ];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                if (rows[r][c] is DateTime date)
                {
                    cell.Value = date;
                    cell.Style.DateFormat.Format = "d-m-yyyy";
                }
                else
                {
                    cell.Value = (string)rows[r][c];
                }
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    [Fact]
    public async Task The_chain_director_imports_a_spreadsheet_and_a_new_signal_finds_the_imported_person_as_possibly_related()
    {
        var page = await browser.SignedInPageAsync("ketenregisseur@demo.schakel.nl");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Import van eerdere meldingen");
        await page.ShouldHaveNoWcagViolationsAsync();

        // Upload.
        await page.GetByLabel("Bestand (Excel .xlsx of CSV, ten hoogste 30 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "zvh-lijst.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = Workbook(),
        });
        await page.GetByLabel("Naam van de bron").FillAsync("ZVH-lijst 2019-2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestand uploaden" }).ClickAsync();

        // Columns: every name in this list is one Schakel recognises.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Kolommen koppelen");
        await Assertions.Expect(page.GetByLabel("C: Gemeente")).ToHaveValueAsync("Municipality");
        await Assertions.Expect(page.GetByLabel("E: Naam slachtoffer")).ToHaveValueAsync("SubjectName");
        await Assertions.Expect(page.GetByLabel("F: Geboortedatum")).ToHaveValueAsync("DateOfBirth");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verder: codes koppelen" }).ClickAsync();

        // Codes: the municipalities and forms as the file writes them.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Codes koppelen");
        await Assertions.Expect(page.GetByTestId("codes-Municipality")).ToContainTextAsync("Deventer");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Verder: proefimport bekijken" }).ClickAsync();

        // Dry run: two new signals, the row without a date refused with its row and column.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Proefimport");
        await Assertions.Expect(page.GetByTestId("import-problems")).ToContainTextAsync("Rij 4");
        await Assertions.Expect(page.GetByTestId("import-codes")).ToContainTextAsync("Deventer");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();

        // Progress: the page reloads itself until the background run is done.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Import van ‘zvh-lijst.xlsx’");
        await Assertions.Expect(page.GetByTestId("import-result")).ToBeVisibleAsync(new() { Timeout = 90_000 });
        await Assertions.Expect(page.GetByTestId("signals-inserted")).ToHaveTextAsync("2");
        await Assertions.Expect(page.GetByTestId("rows-refused")).ToHaveTextAsync("1");
        await page.ShouldHaveNoWcagViolationsAsync();

        await page.GetByTestId("refused-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-problems")).ToContainTextAsync("Rij 4");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar de import" }).ClickAsync();
        // Rolling back is the administrator's: the chain director reads who can, the administrator gets the button.
        await Assertions.Expect(page.GetByTestId("rollback-by-administrator")).ToBeVisibleAsync();
        var administrator = await browser.SignedInPageAsync("beheerder@demo.schakel.nl");
        await administrator.GotoAsync(new Uri(page.Url).PathAndQuery);
        await administrator.GetByTestId("rollback").ClickAsync();
        await Assertions.Expect(administrator.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Import van ‘zvh-lijst.xlsx’ terugdraaien");
        await administrator.ShouldHaveNoWcagViolationsAsync();
        await administrator.GetByRole(AriaRole.Link, new() { Name = "Nee, terug naar de import" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar de imports" }).First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("import-batches")).ToContainTextAsync("ZVH-lijst 2019-2020");
        await page.ShouldHaveNoWcagViolationsAsync();

        // A new signal about the same woman (name and date of birth) finds her history at once.
        await page.GotoAsync("/meldingen/nieuw");
        await page.GetByLabel("Soort melder").SelectOptionAsync(new SelectOptionValue { Label = "Wijk- of gebiedsteam" });
        await page.GetByLabel("Gemeente waar het zich afspeelt").SelectOptionAsync(new SelectOptionValue { Label = "Zwolle" });
        await page.GetByLabel("Seksuele uitbuiting").CheckAsync();
        await page.GetByLabel("Wat heeft u gezien, gehoord of vermoedt u?").FillAsync("Vrouw wordt 's nachts bij een pand in Zwolle afgezet en weer opgehaald.");
        await page.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Mogelijk slachtoffer" });
        await page.GetByLabel("Naam (of wat u weet: voornaam, bijnaam)").FillAsync("Mirela Dobre");
        await page.GetByLabel("Geboortedatum").FillAsync("1994-05-17");
        await page.GetByRole(AriaRole.Button, new() { Name = "Melding versturen" }).ClickAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van de melding" })
            .GetByRole(AriaRole.Link, new() { Name = "Personen", Exact = true }).ClickAsync();
        var related = page.GetByTestId("possibly-related");
        await Assertions.Expect(related).ToContainTextAsync("Mirela Dobre in melding");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Context.CloseAsync();
    }
}
