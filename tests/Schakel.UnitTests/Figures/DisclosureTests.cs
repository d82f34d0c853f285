using Schakel.Core.Figures;

namespace Schakel.UnitTests.Figures;

public sealed class DisclosureTests
{
    private static readonly CellKeys Keys = new("unit-test-secret-of-at-least-32-characters");

    private static readonly FigureTable Table = new("t", "Test", "Rij", ["A", "B"],
    [
        new FigureRow("een", [9, 4], [101, 57]),
        new FigureRow("twee", [6, 0], [66, 0]),
    ]);

    [Fact]
    public void The_same_cell_always_gets_the_same_noise_and_a_different_secret_other_noise()
    {
        var first = Keys.Of("signal", 12, 4711);
        Keys.Of("signal", 12, 4711).ShouldBe(first);
        new CellKeys("unit-test-secret-of-at-least-32-characters").Of("signal", 12, 4711).ShouldBe(first);
        Disclosure.Show(12, 4711, "signal", Keys).ShouldBe(Disclosure.Show(12, 4711, "signal", Keys));
        // Another secret, another unit or another record set gives another key.
        new CellKeys("another-secret-of-at-least-32-characters!").Of("signal", 12, 4711).ShouldNotBe(first);
        Keys.Of("victim", 12, 4711).ShouldNotBe(first);
        Keys.Of("signal", 12, 4712).ShouldNotBe(first);
    }

    [Fact]
    public void Small_counts_and_zero_read_less_than_five_and_others_move_at_most_the_bound_never_below_five()
    {
        for (var n = 0; n < Disclosure.Threshold; n++)
        {
            Disclosure.Show(n, n * 7, "signal", Keys).ShouldBe(Disclosure.Small);
        }
        var noises = new HashSet<int>();
        for (var n = 5; n < 40; n++)
        {
            for (long sum = 0; sum < 400; sum++)
            {
                var shown = Perturbation.Publish(n, Keys.Of("signal", n, sum))!.Value;
                shown.ShouldBeGreaterThanOrEqualTo(Disclosure.Threshold);
                Math.Abs(shown - n).ShouldBeLessThanOrEqualTo(Perturbation.MaxNoise);
                noises.Add(shown - n);
            }
        }
        // Every noise value of the table is used, so a shown count is not simply the true one.
        noises.Order().ShouldBe([-2, -1, 0, 1, 2]);
    }

    [Fact]
    public void Above_the_threshold_the_noise_averages_to_zero()
    {
        var noise = Enumerable.Range(0, 32).Select(i => Perturbation.Noise((uint)i << 27, 20)).ToList();
        noise.Sum().ShouldBe(0);
        noise.Min().ShouldBe(-2);
        noise.Max().ShouldBe(2);
    }

    [Fact]
    public void A_total_is_a_cell_of_its_own_so_it_is_published_with_its_own_noise()
    {
        var shown = Disclosure.Apply(Table, Keys);
        shown.Rows[0].Cells[1].ShouldBe("<5");
        shown.Rows[1].Cells[1].ShouldBe("<5");
        shown.Rows[0].Total.ShouldBe(Disclosure.Show(13, 158, "signal", Keys));
        shown.ColumnTotals.ShouldBe([Disclosure.Show(15, 167, "signal", Keys), Disclosure.Small]);
        shown.GrandTotal.ShouldBe(Disclosure.Show(19, 224, "signal", Keys));
        shown.AnyHidden.ShouldBeTrue();
    }

    [Fact]
    public void The_case_team_sees_every_count_and_total()
    {
        var shown = Disclosure.Apply(Table, keys: null);
        shown.Rows[0].Cells.ShouldBe(["9", "4"]);
        shown.GrandTotal.ShouldBe("19");
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

    [Fact]
    public void Trend_remarks_use_the_published_numbers_only()
    {
        TrendRemarks.For([("K1", "12"), ("K2", "<5")], "meldingen").ShouldBe(["In K2 kwamen er flink minder meldingen binnen dan in K1: van 12 naar <5."]);
        TrendRemarks.For([("K1", "<5"), ("K2", "<5")], "meldingen").ShouldBeEmpty();
    }
}

public sealed class BarChartTests
{
    [Fact]
    public void A_masked_count_gets_no_bar_and_the_scale_comes_from_the_shown_counts()
    {
        var bars = BarChart.Bars([("a", "10"), ("b", "<5"), ("c", "5"), ("d", "0")]);
        bars.Select(b => b.Text).ShouldBe(["10", "<5", "5", "0"]);
        bars.Select(b => b.Length).ShouldBe([1.0, 0, 0.5, 0]);
    }

    [Fact]
    public void Row_totals_chart_as_published()
    {
        var table = new FigureTable("t", "T", "R", ["A", "B"], [new FigureRow("x", [9, 4]), new FigureRow("y", [6, 14])]);
        var bars = BarChart.ForTable(Disclosure.Apply(table, keys: null));
        bars.Select(b => b.Text).ShouldBe(["13", "20"]);
        bars[1].Length.ShouldBe(1.0);
    }

    [Fact]
    public void A_table_whose_columns_do_not_add_up_charts_its_first_column()
    {
        var table = new FigureTable("t", "T", "R", ["In beeld", "Waarvan nieuw"], [new FigureRow("2025", [12, 6]), new FigureRow("2026", [6, 6])], AddsUp: false);
        table.HasRowTotals.ShouldBeFalse();
        BarChart.ForTable(Disclosure.Apply(table, keys: null)).Select(b => b.Text).ShouldBe(["12", "6"]);
    }
}
