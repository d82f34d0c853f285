namespace Schakel.Core.Costs;

public enum RoundingMode
{
    /// <summary>Each municipality's amount rounded to the cent on its own, as the regions' own tables do; may miss the total by a few cents.</summary>
    RoundEachShare = 1,
    /// <summary>Amounts floored to the cent and the remaining cents given to the largest remainders: adds up exactly to the total.</summary>
    LargestRemainder = 2,
}

public sealed record Participant(string Name, int Population);

public sealed record CostShareLine(string Name, int Population, decimal Percentage, decimal ExactAmount, decimal Amount);

public sealed record CostShareResult(RoundingMode Mode, decimal Total, int Population, IReadOnlyList<CostShareLine> Lines)
{
    public decimal SumOfAmounts => Lines.Sum(l => l.Amount);

    /// <summary>What the rounded amounts add up to minus the total to be covered; negative when cents are missing.</summary>
    public decimal RoundingDifference => SumOfAmounts - Total;
}

/// <summary>
/// Splits the yearly cost of a regional post (care coordinator, chain director) over the municipalities, by population
/// share or at a rate per inhabitant. Money is decimal and rounded half away from zero, as Dutch budgets are.
/// </summary>
public static class CostSharing
{
    public static CostShareResult ByPopulation(decimal total, IReadOnlyList<Participant> participants, RoundingMode mode)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var population = Validate(participants);
        var exact = participants.Select(p => total * p.Population / population).ToList();
        return Build(mode, total, population, participants, exact);
    }

    /// <summary>
    /// A rate per inhabitant (e.g. € 0.15), optionally for part of a year (e.g. 8/12 for an increase from 1 May). The total
    /// is the sum of the exact amounts rounded to the cent; each rounding mode then splits it.
    /// </summary>
    public static CostShareResult PerInhabitant(decimal ratePerInhabitant, IReadOnlyList<Participant> participants, RoundingMode mode, decimal fractionOfYear = 1m)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ratePerInhabitant);
        if (fractionOfYear is <= 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fractionOfYear), "The fraction of the year lies between 0 (exclusive) and 1.");
        }
        var population = Validate(participants);
        var exact = participants.Select(p => ratePerInhabitant * p.Population * fractionOfYear).ToList();
        var total = Math.Round(exact.Sum(), 2, MidpointRounding.AwayFromZero);
        return Build(mode, total, population, participants, exact);
    }

    private static int Validate(IReadOnlyList<Participant> participants)
    {
        if (participants.Count == 0)
        {
            throw new ArgumentException("At least one municipality is needed.", nameof(participants));
        }
        if (participants.Any(p => p.Population <= 0))
        {
            throw new ArgumentException("Every municipality needs a population above zero.", nameof(participants));
        }
        return participants.Sum(p => p.Population);
    }

    private static CostShareResult Build(RoundingMode mode, decimal total, int population, IReadOnlyList<Participant> participants, List<decimal> exact)
    {
        decimal[] amounts = mode switch
        {
            RoundingMode.RoundEachShare => exact.Select(e => Math.Round(e, 2, MidpointRounding.AwayFromZero)).ToArray(),
            RoundingMode.LargestRemainder => LargestRemainder(total, exact),
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };
        var lines = participants.Select((p, i) => new CostShareLine(
            p.Name, p.Population, Math.Round(100m * p.Population / population, 2, MidpointRounding.AwayFromZero), exact[i], amounts[i])).ToList();
        return new CostShareResult(mode, total, population, lines);
    }

    private static decimal[] LargestRemainder(decimal total, List<decimal> exact)
    {
        var cents = exact.Select(e => Math.Floor(e * 100m)).ToArray();
        var missing = (int)(Math.Round(total * 100m, 0, MidpointRounding.AwayFromZero) - cents.Sum());
        // Largest remainder first; equal remainders go to the larger exact amount, then to the earlier line, so the result is stable.
        var order = exact.Select((e, i) => (Index: i, Remainder: e * 100m - cents[i], Exact: e))
            .OrderByDescending(x => x.Remainder).ThenByDescending(x => x.Exact).ThenBy(x => x.Index).ToList();
        for (var k = 0; k < missing && order.Count > 0; k++)
        {
            cents[order[k % order.Count].Index] += 1;
        }
        return cents.Select(c => c / 100m).ToArray();
    }
}
