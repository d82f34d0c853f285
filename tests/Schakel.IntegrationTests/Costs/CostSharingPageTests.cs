using System.Net;
using ClosedXML.Excel;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Costs;

public sealed class CostSharingPageTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task The_IJsselland_key_shows_both_rounding_modes_with_the_cent_difference_stated()
    {
        var session = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var html = await session.GetHtmlAsync("/kosten?Key=Population&Amount=81.148,00");
        html.ShouldContain("19.701,30");
        html.ShouldContain("15.361,07");
        html.ShouldContain("2.776,00");
        html.ShouldContain("81.147,99");
        html.ShouldContain("-0,01");
        html.ShouldContain("81.148,00");
    }

    [Fact]
    public async Task The_Excel_export_holds_the_same_amounts()
    {
        var session = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var response = await session.GetAsync("/kosten?handler=Excel&Key=Population&Amount=81148");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var workbook = new XLWorkbook(await response.Content.ReadAsStreamAsync());
        var each = workbook.Worksheet("Afronden per gemeente");
        var zwolle = each.RowsUsed().Single(r => r.Cell(1).GetString() == "Zwolle");
        zwolle.Cell(4).GetValue<decimal>().ShouldBe(19_701.30m);
        each.RowsUsed().Single(r => r.Cell(1).GetString() == "Afrondingsverschil").Cell(4).GetValue<decimal>().ShouldBe(-0.01m);
        workbook.Worksheet("Grootste rest").RowsUsed().Single(r => r.Cell(1).GetString() == "Totaal").Cell(4).GetValue<decimal>().ShouldBe(81_148m);
    }

    [Fact]
    public async Task Cents_per_inhabitant_for_part_of_a_year_and_bad_amounts_get_a_Dutch_message()
    {
        var session = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var html = await session.GetHtmlAsync("/kosten?Key=PerInhabitant&Rate=0,15&Months=12");
        html.ShouldContain("19.476,00");
        var bad = await session.GetHtmlAsync("/kosten?Key=Population&Amount=veel");
        bad.ShouldContain("Vul het te verdelen bedrag in euro");
        bad.ShouldContain("value=\"veel\"");
    }
}
