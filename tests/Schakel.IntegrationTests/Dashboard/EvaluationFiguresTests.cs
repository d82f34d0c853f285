using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Care;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Testing;
using static Schakel.IntegrationTests.Dashboard.EvaluationFixture;

namespace Schakel.IntegrationTests.Dashboard;

/// <summary>Figures per group, the funnel, tracks and flows over the hand-counted fixture of <see cref="EvaluationFixture"/>.</summary>
public sealed class EvaluationFiguresTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private Task FixtureAsync() => EnsureAsync(factory);

    [Fact]
    public async Task Nationality_groups_and_victims_in_view_per_year_match_the_hand_count()
    {
        await FixtureAsync();
        var keten = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");

        var groups = JsonDocument.Parse(await keten.Client.GetStringAsync($"/api/v1/figures?by=nationalitygroup&{Figures2012}")).RootElement;
        Count(groups, "EU/EER (zonder Nederland)", "Meldingen").ShouldBe("5");
        Count(groups, "Afrika", "Meldingen").ShouldBe("1");
        Count(groups, "Azië", "Meldingen").ShouldBe("1");
        Count(groups, "Onbekend of staatloos", "Meldingen").ShouldBe("1");
        Count(groups, "Nederland", "Meldingen").ShouldBe("0");
        groups.GetProperty("grandTotal").GetString().ShouldBe("8");

        var years = JsonDocument.Parse(await keten.Client.GetStringAsync($"/api/v1/figures?by=victimsperyear&{Figures2012}")).RootElement;
        Count(years, "2012", "In beeld").ShouldBe("8");
        Count(years, "2012", "Waarvan nieuw gemeld").ShouldBe("8");
        years = JsonDocument.Parse(await keten.Client.GetStringAsync($"/api/v1/figures?by=victimsperyear&{Figures2013}")).RootElement;
        // Only the victim of the melding whose case is still open is in view in 2013.
        Count(years, "2013", "In beeld").ShouldBe("1");
        Count(years, "2013", "Waarvan nieuw gemeld").ShouldBe("0");
        // People can be in both columns, so the table has no totals.
        Row(years, "2013").GetProperty("total").ValueKind.ShouldBe(JsonValueKind.Null);

        var bestuurder = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var masked = JsonDocument.Parse(await bestuurder.Client.GetStringAsync($"/api/v1/figures?by=nationalitygroup&{Figures2012}")).RootElement;
        // 5 is published as 5, 6 or 7 (never below five), a small count as "<5", the total of 8 within the noise bound.
        int.Parse(Count(masked, "EU/EER (zonder Nederland)", "Meldingen")).ShouldBeInRange(5, 7);
        Count(masked, "Afrika", "Meldingen").ShouldBe("<5");
        int.Parse(masked.GetProperty("grandTotal").GetString()!).ShouldBeInRange(6, 10);
        var maskedYears = JsonDocument.Parse(await bestuurder.Client.GetStringAsync($"/api/v1/figures?by=victimsperyear&{Figures2013}")).RootElement;
        Count(maskedYears, "2013", "In beeld").ShouldBe("<5");

        var csv = await (await bestuurder.GetAsync($"/dashboard.csv?{Figures2012}")).Content.ReadAsStringAsync();
        csv.ShouldContain("Afrika;<5;<5;<5");
        using var workbook = new XLWorkbook(await (await bestuurder.GetAsync($"/dashboard.xlsx?{Figures2012}")).Content.ReadAsStreamAsync());
        workbook.Worksheet("nationaliteitsgroep").RowsUsed().Single(r => r.Cell(1).GetString() == "Azië").Cell(2).GetString().ShouldBe("<5");
        workbook.Worksheet("slachtoffers-per-jaar").RowsUsed().Single(r => r.Cell(1).GetString() == "2012").Cell(2).GetValue<int>().ShouldBeInRange(6, 10);
    }

    [Fact]
    public async Task Sector_melder_type_age_nationality_funnel_and_tracks_match_the_hand_count()
    {
        await FixtureAsync();
        var melder = await factory.WithAsync(db => db.ReferenceItems.Where(r => r.List == ReferenceList.MelderType).OrderBy(r => r.SortOrder).Select(r => r.Label).FirstAsync());
        var keten = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");

        var sector = JsonDocument.Parse(await keten.Client.GetStringAsync($"/api/v1/figures?by=sector&{Figures2012}")).RootElement;
        Count(sector, "Onbekend", "Meldingen").ShouldBe("7");
        sector.GetProperty("grandTotal").GetString().ShouldBe("7");
        var melders = JsonDocument.Parse(await keten.Client.GetStringAsync($"/api/v1/figures?by=meldertype&{Figures2012}")).RootElement;
        Count(melders, melder, "Meldingen").ShouldBe("7");
        var ages = JsonDocument.Parse(await keten.Client.GetStringAsync($"/api/v1/figures?by=agegroup&{Figures2012}")).RootElement;
        Count(ages, "Minderjarig (< 18)", "Meldingen").ShouldBe("1");
        Count(ages, "18 - 23 jaar", "Meldingen").ShouldBe("5");
        Count(ages, "Onbekend", "Meldingen").ShouldBe("2");

        using var workbook = new XLWorkbook(await (await keten.GetAsync($"/dashboard.xlsx?{Figures2012}")).Content.ReadAsStreamAsync());
        int Cell(string sheet, string row, int column = 2) =>
            workbook.Worksheet(sheet).RowsUsed().Single(r => r.Cell(1).GetString() == row).Cell(column).GetValue<int>();
        // Typed as "Pools", "Poolse" and "POL": one country. Free text never becomes a row of its own.
        Cell("nationaliteit", "Polen").ShouldBe(3);
        foreach (var country in new[] { "Bulgarije", "Roemenië", "Nigeria", "China", "Onbekend of staatloos" })
        {
            Cell("nationaliteit", country).ShouldBe(1, country);
        }
        workbook.Worksheet("nationaliteit").RowsUsed().ShouldNotContain(r => r.Cell(1).GetString() == "Pools");
        Cell("trechter", "Ontvangen").ShouldBe(7);
        Cell("trechter", "Aangemeld voor de tafel").ShouldBe(0);
        Cell("trechter", "Redelijk vermoeden").ShouldBe(1);
        Cell("trechter", "Casus met traject(en)").ShouldBe(1);
        Cell("trechter", "Alle trajecten afgerond").ShouldBe(0);
        Cell("trajecten", "Zorg (zorgcoördinator)").ShouldBe(1);
        Cell("trajecten", "Zorg (zorgcoördinator)", 3).ShouldBe(0);
        var kampen = workbook.Worksheet("stromen").Row(4).CellsUsed().Single(c => c.GetString() == "Kampen").Address.ColumnNumber;
        Cell("stromen", "Zwolle", kampen).ShouldBe(6);
        var deventer = workbook.Worksheet("stromen").Row(4).CellsUsed().Single(c => c.GetString() == "Deventer").Address.ColumnNumber;
        Cell("stromen", "Deventer", deventer).ShouldBe(2);
    }

    [Fact]
    public async Task The_flows_are_drawn_as_an_accessible_picture_next_to_their_table()
    {
        await FixtureAsync();
        var keten = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var html = await keten.GetHtmlAsync($"/dashboard?{Figures2012}");
        var chart = html[html.IndexOf("data-testid=\"chart-chart-stromen\"", StringComparison.Ordinal)..];
        chart = chart[..chart.IndexOf("</svg>", StringComparison.Ordinal)];
        html.ShouldContain("role=\"img\" aria-labelledby=\"chart-stromen-title chart-stromen-desc\"");
        chart.ShouldContain("Zwolle → Kampen");
        chart.ShouldContain(">6</text>");
        // Living and working in the same municipality is no flow: the picture leaves it out, the table keeps it.
        chart.ShouldNotContain("Deventer → Deventer");
        html.ShouldContain("data-testid=\"table-stromen\"");

        var bestuurder = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var masked = await bestuurder.GetHtmlAsync($"/dashboard?{Figures2012}");
        var maskedChart = masked[masked.IndexOf("data-testid=\"chart-chart-stromen\"", StringComparison.Ordinal)..];
        maskedChart = maskedChart[..maskedChart.IndexOf("</svg>", StringComparison.Ordinal)];
        // 6 is published within the noise bound, so the pair keeps its bar.
        maskedChart.ShouldContain("Zwolle → Kampen");
        var nationality = masked[masked.IndexOf("data-testid=\"chart-chart-nationaliteitsgroep\"", StringComparison.Ordinal)..];
        nationality = nationality[..nationality.IndexOf("</svg>", StringComparison.Ordinal)];
        nationality.ShouldContain(">&lt;5</text>");
    }
}
