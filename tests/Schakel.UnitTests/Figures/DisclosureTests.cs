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
