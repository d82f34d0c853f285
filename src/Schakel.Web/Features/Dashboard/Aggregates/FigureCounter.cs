using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Figures;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Dashboard.Aggregates;

/// <summary>One count: signals, forms or possible victims of one municipality (0: none) per kind, dimension and code.</summary>
/// <remarks>IdSum: the sum of the counted records' ids (signals, or victims for the victim dimensions), for the cell key.</remarks>
public sealed record CountRow(int MunicipalityId, SignalKind Kind, FigureDimension Dimension, string? Code, int N, long IdSum);

/// <summary>
/// Counts the given signals from the raw rows, in four grouped passes. Used both to recount a month into
/// <see cref="FigureMonthCount"/> and to count the partial months at the edges of a dashboard period, so both give the same numbers.
/// </summary>
public static class FigureCounter
{
    public static async Task<List<CountRow>> CountAsync(SchakelDb db, IQueryable<Signal> signals, CancellationToken ct)
    {
        var rows = new List<CountRow>();
        var profiles = await signals.GroupBy(s => new { s.SectorCode, s.MelderTypeCode, s.MunicipalityId, s.Kind, Registered = s.RegisteredForTableAt != null, s.CaseId })
            .Select(g => new { g.Key.SectorCode, g.Key.MelderTypeCode, g.Key.MunicipalityId, g.Key.Kind, g.Key.Registered, g.Key.CaseId, N = g.Count(), S = g.Sum(s => (long)s.Id) }).ToListAsync(ct);
        foreach (var p in profiles)
        {
            var mun = p.MunicipalityId ?? 0;
            rows.Add(new(mun, p.Kind, FigureDimension.Sector, p.SectorCode, p.N, p.S));
            rows.Add(new(mun, p.Kind, FigureDimension.MelderType, p.MelderTypeCode, p.N, p.S));
            rows.Add(new(mun, p.Kind, FigureDimension.Municipality, p.MunicipalityId?.ToString(CultureInfo.InvariantCulture), p.N, p.S));
            if (p.Registered)
            {
                rows.Add(new(mun, p.Kind, FigureDimension.Registered, null, p.N, p.S));
            }
            if (p.CaseId is { } caseId)
            {
                rows.Add(new(mun, p.Kind, FigureDimension.Case, caseId.ToString(CultureInfo.InvariantCulture), p.N, p.S));
            }
        }
        var suspected = await signals.Where(s => db.Set<AgendaItem>().Any(a => a.SignalId == s.Id && a.ReasonableSuspicion == true))
            .GroupBy(s => new { s.MunicipalityId, s.Kind }).Select(g => new { g.Key.MunicipalityId, g.Key.Kind, N = g.Count(), S = g.Sum(s => (long)s.Id) }).ToListAsync(ct);
        rows.AddRange(suspected.Select(x => new CountRow(x.MunicipalityId ?? 0, x.Kind, FigureDimension.Suspicion, null, x.N, x.S)));
        var forms = await (from f in db.Set<SignalForm>() join s in signals on f.SignalId equals s.Id
                           group f by new { f.FormCode, s.Kind, s.MunicipalityId } into g
                           select new { g.Key.FormCode, g.Key.Kind, g.Key.MunicipalityId, N = g.Count(), S = g.Sum(f => (long)f.SignalId) }).ToListAsync(ct);
        rows.AddRange(forms.Select(f => new CountRow(f.MunicipalityId ?? 0, f.Kind, FigureDimension.Form, f.FormCode, f.N, f.S)));
        var victims = from p in db.Subjects join s in signals on p.SignalId equals s.Id where p.Role == SubjectRole.PossibleVictim select new { p, s.Kind, s.MunicipalityId, s.CaseId };
        var people = await victims.GroupBy(x => new { x.p.AgeGroup, x.p.Gender, x.p.Nationality, x.Kind, x.MunicipalityId, x.CaseId })
            .Select(g => new { g.Key.AgeGroup, g.Key.Gender, g.Key.Nationality, g.Key.Kind, g.Key.MunicipalityId, g.Key.CaseId, N = g.Count(), S = g.Sum(x => (long)x.p.Id) }).ToListAsync(ct);
        foreach (var p in people)
        {
            var mun = p.MunicipalityId ?? 0;
            if (p.CaseId is { } caseId)
            {
                rows.Add(new(mun, p.Kind, FigureDimension.CaseVictims, caseId.ToString(CultureInfo.InvariantCulture), p.N, p.S));
            }
            rows.Add(new(mun, p.Kind, FigureDimension.AgeGroup, p.AgeGroup, p.N, p.S));
            rows.Add(new(mun, p.Kind, FigureDimension.Gender, p.Gender, p.N, p.S));
            // Counted as a country code: free text never becomes a row label in the figures.
            rows.Add(new(mun, p.Kind, FigureDimension.Nationality, NationalityGroups.CountryCode(p.Nationality), p.N, p.S));
        }
        var places = await victims.Where(x => x.p.LivesInMunicipalityId != null)
            .GroupBy(x => new { x.MunicipalityId, From = x.p.LivesInMunicipalityId!.Value, x.p.WorksInMunicipalityId, x.p.FoundInMunicipalityId })
            .Select(g => new { g.Key.MunicipalityId, g.Key.From, g.Key.WorksInMunicipalityId, g.Key.FoundInMunicipalityId, N = g.Count(), S = g.Sum(x => (long)x.p.Id) }).ToListAsync(ct);
        foreach (var p in places)
        {
            rows.AddRange(Flows(p.MunicipalityId ?? 0, p.From, p.WorksInMunicipalityId, p.FoundInMunicipalityId, p.N, p.S));
        }
        // Several groups above map to one code (e.g. sector over every melder type); store each code once.
        return rows.GroupBy(r => (r.MunicipalityId, r.Kind, r.Dimension, r.Code))
            .Select(g => new CountRow(g.Key.MunicipalityId, g.Key.Kind, g.Key.Dimension, g.Key.Code, g.Sum(r => r.N), g.Sum(r => r.IdSum))).ToList();
    }

    /// <summary>
    /// A possible victim who lives in one place and worked or was found in another gives a work pair and a found pair
    /// (the latter only when found elsewhere than worked). For the view of one municipality, every pair of a victim
    /// with any of its places there counts; the "via" rows hold the pairs that do not themselves contain that municipality.
    /// Flows ignore the kind of signal.
    /// </summary>
    private static IEnumerable<CountRow> Flows(int municipality, int lives, int? works, int? found, int n, long sum)
    {
        const SignalKind kind = SignalKind.Report;
        if (works is { } w)
        {
            yield return new(municipality, kind, FigureDimension.FlowWork, Pair(lives, w), n, sum);
        }
        if (found is { } f && (works is null || f != works))
        {
            yield return new(municipality, kind, FigureDimension.FlowFound, Pair(lives, f), n, sum);
        }
        if (works is { } w2 && found is { } f2 && f2 != lives && f2 != w2)
        {
            yield return new(municipality, kind, FigureDimension.FlowWorkViaFound, Focus(f2, lives, w2), n, sum);
        }
        if (works is { } w3 && found is { } f3 && w3 != lives && w3 != f3)
        {
            yield return new(municipality, kind, FigureDimension.FlowFoundViaWork, Focus(w3, lives, f3), n, sum);
        }
    }

    public static string Pair(int from, int to) => string.Create(CultureInfo.InvariantCulture, $"{from}>{to}");

    public static string Focus(int focus, int from, int to) => string.Create(CultureInfo.InvariantCulture, $"{focus}|{from}>{to}");

    public static string Pack(IEnumerable<CountRow> rows) =>
        string.Join(";", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Code}:{r.N}:{r.IdSum}")));

    public static IEnumerable<(string Code, int N, long IdSum)> Unpack(string? pairs)
    {
        foreach (var item in (pairs ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split(':');
            yield return (parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture), parts.Length > 2 ? long.Parse(parts[2], CultureInfo.InvariantCulture) : 0);
        }
    }

    /// <summary>Parses "[focus|]from&gt;to".</summary>
    public static (int? Focus, int From, int To) Parse(string code)
    {
        var bar = code.IndexOf('|', StringComparison.Ordinal);
        var arrow = code.IndexOf('>', StringComparison.Ordinal);
        int? focus = bar >= 0 ? int.Parse(code[..bar], CultureInfo.InvariantCulture) : null;
        return (focus, int.Parse(code[(bar + 1)..arrow], CultureInfo.InvariantCulture), int.Parse(code[(arrow + 1)..], CultureInfo.InvariantCulture));
    }
}
