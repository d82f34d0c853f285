using Schakel.Core.Figures;
using Schakel.Web.Features.Dashboard.Aggregates;

namespace Schakel.Web.Features.Dashboard;

/// <summary>The flows table of the dashboard, from the pre-counted pairs.</summary>
public static class FlowTable
{
    private const string Unknown = "Onbekend";

    /// <summary>
    /// Where possible victims live against where they were exploited (work) or found; one count per pair. For one
    /// municipality: the pairs of every victim with any of its places there. Every municipality of the region is a row
    /// and a column, also without any pair: a row that appears only when someone moved would tell that someone did.
    /// </summary>
    public static FigureTable Build(FigureFilter filter, List<(FigureDimension Dimension, string Code, int N, long S)> cells,
        IReadOnlyDictionary<string, string> names, IReadOnlyList<int> municipalities)
    {
        var pairs = new List<(int From, int To, int N, long S)>();
        foreach (var (dimension, code, n, sum) in cells)
        {
            var (_, lives, place) = FigureCounter.Parse(code);
            var include = filter.MunicipalityId is not { } m
                || dimension is FigureDimension.FlowWorkViaFound or FigureDimension.FlowFoundViaWork
                || lives == m || place == m;
            if (include)
            {
                pairs.Add((lives, place, n, sum));
            }
        }
        string Name(int id) => names.TryGetValue(id.ToString(System.Globalization.CultureInfo.InvariantCulture), out var n) ? n : Unknown;
        var places = municipalities.Concat(pairs.Select(p => p.From)).Concat(pairs.Select(p => p.To)).Distinct().OrderBy(Name, StringComparer.CurrentCulture).ToList();
        var rows = places.Select(from => new FigureRow(Name(from),
                places.Select(t => pairs.Where(p => p.From == from && p.To == t).Sum(p => p.N)).ToList(),
                places.Select(t => pairs.Where(p => p.From == from && p.To == t).Sum(p => p.S)).ToList()))
            .ToList();
        return new FigureTable(FigureSet.Flows, "Stromen tussen gemeenten: woonplaats (rij) en plaats van uitbuiting of aantreffen (kolom)", "Woont in",
            places.Select(Name).ToList(), rows, "Een mogelijk slachtoffer dat elders werkt én elders is aangetroffen telt bij beide plaatsen.", Unit: "flow");
    }
}
