using Schakel.Core.Costs;

namespace Schakel.UnitTests.Costs;

public sealed class CostSharingTests
{
    /// <summary>IJsselland 2022, care coordinator, key = population (Plan van Aanpak IJsselland, Dec 2021).</summary>
    private static readonly Participant[] IJsselland =
    [
        new("Dalfsen", 28_901), new("Deventer", 101_236), new("Hardenberg", 61_357), new("Kampen", 54_474),
        new("Olst-Wijhe", 18_361), new("Ommen", 18_295), new("Raalte", 37_911), new("Staphorst", 17_261),
        new("Steenwijkerland", 44_341), new("Zwartewaterland", 22_823), new("Zwolle", 129_840),
    ];

    [Fact]
    public void Rounding_each_share_reproduces_the_region_table_to_the_cent_and_misses_the_total_by_one_cent()
    {
        var r = CostSharing.ByPopulation(81_148m, IJsselland, RoundingMode.RoundEachShare);
        var amounts = r.Lines.ToDictionary(l => l.Name, l => l.Amount);
        amounts["Dalfsen"].ShouldBe(4_385.30m);
        amounts["Deventer"].ShouldBe(15_361.07m);
        amounts["Hardenberg"].ShouldBe(9_310.02m);
        amounts["Kampen"].ShouldBe(8_265.62m);
        amounts["Olst-Wijhe"].ShouldBe(2_786.01m);
        amounts["Ommen"].ShouldBe(2_776.00m);
        amounts["Raalte"].ShouldBe(5_752.43m);
        amounts["Staphorst"].ShouldBe(2_619.10m);
        amounts["Steenwijkerland"].ShouldBe(6_728.09m);
        amounts["Zwartewaterland"].ShouldBe(3_463.05m);
        amounts["Zwolle"].ShouldBe(19_701.30m);
        r.Population.ShouldBe(534_800);
        r.SumOfAmounts.ShouldBe(81_147.99m);
        r.RoundingDifference.ShouldBe(-0.01m);
        r.Lines.Single(l => l.Name == "Zwolle").Percentage.ShouldBe(24.28m);
        r.Lines.Single(l => l.Name == "Dalfsen").Percentage.ShouldBe(5.40m);
    }

    [Fact]
    public void Largest_remainder_adds_up_exactly_and_differs_from_rounding_by_at_most_a_cent_per_line()
    {
        var each = CostSharing.ByPopulation(81_148m, IJsselland, RoundingMode.RoundEachShare);
        var exact = CostSharing.ByPopulation(81_148m, IJsselland, RoundingMode.LargestRemainder);
        exact.SumOfAmounts.ShouldBe(81_148.00m);
        exact.RoundingDifference.ShouldBe(0m);
        for (var i = 0; i < IJsselland.Length; i++)
        {
            Math.Abs(exact.Lines[i].Amount - each.Lines[i].Amount).ShouldBeLessThanOrEqualTo(0.01m);
        }
    }

    [Fact]
    public void Cents_per_inhabitant_multiply_the_population_and_part_of_a_year_counts_pro_rata()
    {
        // Noord- en Midden-Limburg style key: a fixed rate per inhabitant (here 15 ct, the structural rate from 2023).
        var full = CostSharing.PerInhabitant(0.15m, [new("Weert", 23_340), new("Nederweert", 17_280)], RoundingMode.RoundEachShare);
        full.Lines[0].Amount.ShouldBe(3_501.00m);
        full.Lines[1].Amount.ShouldBe(2_592.00m);
        full.Total.ShouldBe(6_093.00m);
        full.RoundingDifference.ShouldBe(0m);

        // 2022: an extra 5 ct from 1 May, so for 8 of 12 months.
        var extra = CostSharing.PerInhabitant(0.05m, [new("Weert", 50_015)], RoundingMode.RoundEachShare, 8m / 12m);
        extra.Lines[0].ExactAmount.ShouldBe(0.05m * 50_015 * (8m / 12m));
        extra.Lines[0].Amount.ShouldBe(1_667.17m);
    }

    [Fact]
    public void Largest_remainder_gives_missing_cents_to_the_largest_remainders_deterministically()
    {
        var r = CostSharing.ByPopulation(100m, [new("A", 1), new("B", 1), new("C", 1)], RoundingMode.LargestRemainder);
        r.Lines.Select(l => l.Amount).ShouldBe([33.34m, 33.33m, 33.33m]);
        CostSharing.ByPopulation(100m, [new("A", 1), new("B", 1), new("C", 1)], RoundingMode.RoundEachShare).RoundingDifference.ShouldBe(-0.01m);
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        Should.Throw<ArgumentException>(() => CostSharing.ByPopulation(10m, [], RoundingMode.RoundEachShare));
        Should.Throw<ArgumentException>(() => CostSharing.ByPopulation(10m, [new("X", 0)], RoundingMode.RoundEachShare));
        Should.Throw<ArgumentOutOfRangeException>(() => CostSharing.ByPopulation(-1m, [new("X", 5)], RoundingMode.RoundEachShare));
        Should.Throw<ArgumentOutOfRangeException>(() => CostSharing.PerInhabitant(0.1m, [new("X", 5)], RoundingMode.RoundEachShare, 0m));
    }
}
