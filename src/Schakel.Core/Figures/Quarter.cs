namespace Schakel.Core.Figures;

/// <summary>A calendar quarter; periods in the figures are whole UTC days.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public static Quarter Of(DateOnly day) => new(day.Year, (day.Month - 1) / 3 + 1);

    public DateOnly FirstDay => new(Year, (Number - 1) * 3 + 1, 1);

    public DateOnly NextFirstDay => FirstDay.AddMonths(3);

    public Quarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);

    public override string ToString() => $"K{Number} {Year}";

    /// <summary>The quarters a period touches, first and last possibly partial.</summary>
    public static IReadOnlyList<Quarter> Spanning(DateOnly from, DateOnly to)
    {
        var list = new List<Quarter>();
        for (var q = Of(from); q.FirstDay <= to; q = q.Next)
        {
            list.Add(q);
        }
        return list;
    }
}
