using Schakel.Core.Figures;

namespace Schakel.UnitTests.Figures;

public sealed class DisclosureTests
{
    private static readonly FigureTable Table = new("t", "Test", "Rij", ["A", "B"],
    [
        new FigureRow("een", [9, 4]),
        new FigureRow("twee", [6, 7]),
    ]);

    [Fact]
    public void A_hidden_cell_hides_the_totals_it_adds_up_but_not_the_others()
    {
        var shown = Disclosure.Apply(Table, suppress: true);
        shown.Rows[0].Cells.ShouldBe(["9", "<5"]);
        shown.Rows[0].Total.ShouldBe(Disclosure.Withheld);
        shown.Rows[1].Total.ShouldBe("13");
        shown.ColumnTotals.ShouldBe(["15", Disclosure.Withheld]);
        shown.GrandTotal.ShouldBe(Disclosure.Withheld);
    }

    [Fact]
    public void The_case_team_sees_every_count_and_total()
    {
        var shown = Disclosure.Apply(Table, suppress: false);
        shown.Rows[0].Cells.ShouldBe(["9", "4"]);
        shown.GrandTotal.ShouldBe("26");
    }

    [Theory]
    [InlineData(10, 14, false)]
    [InlineData(20, 29, false)]
    [InlineData(10, 16, true)]
    [InlineData(0, 5, true)]
    [InlineData(0, 4, false)]
    [InlineData(12, 5, true)]
    public void A_move_is_sharp_at_five_or_more_and_half_or_more(int before, int after, bool sharp) =>
        TrendRemarks.IsSharp(before, after).ShouldBe(sharp);
}

public sealed class BarChartTests
{
    [Fact]
    public void A_masked_count_gets_no_bar_and_the_scale_comes_from_the_shown_counts()
    {
        var bars = BarChart.Bars([("a", 10), ("b", 3), ("c", 5), ("d", 0)], suppress: true);
        bars.Select(b => b.Text).ShouldBe(["10", "<5", "5", "0"]);
        bars.Select(b => b.Length).ShouldBe([1.0, 0, 0.5, 0]);
    }

    [Fact]
    public void The_case_team_sees_every_bar()
    {
        BarChart.Bars([("a", 4), ("b", 2)], suppress: false).Select(b => b.Length).ShouldBe([1.0, 0.5]);
    }

    [Fact]
    public void Row_totals_that_add_up_a_hidden_count_are_withheld_in_the_chart_too()
    {
        var table = new FigureTable("t", "T", "R", ["A", "B"], [new FigureRow("x", [9, 4]), new FigureRow("y", [6, 14])]);
        var bars = BarChart.ForTable(table, suppress: true);
        bars[0].Text.ShouldBe(Disclosure.Withheld);
        bars[0].Length.ShouldBe(0);
        bars[1].Text.ShouldBe("20");
        bars[1].Length.ShouldBe(1.0);
    }

    [Fact]
    public void A_table_whose_columns_do_not_add_up_charts_its_first_column()
    {
        var table = new FigureTable("t", "T", "R", ["In beeld", "Waarvan nieuw"], [new FigureRow("2025", [12, 6]), new FigureRow("2026", [6, 6])], AddsUp: false);
        table.HasRowTotals.ShouldBeFalse();
        BarChart.ForTable(table, suppress: true).Select(b => b.Text).ShouldBe(["12", "6"]);
    }
}
