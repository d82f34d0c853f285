using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using Schakel.Core.Figures;

namespace Schakel.Web.Features.Dashboard;

/// <summary>
/// Server-drawn SVG charts: no script, no chart service, no inline style (the CSP forbids it). Each chart is an image
/// with a title and a description that points to the table beside it, which holds the same numbers.
/// </summary>
public static class SvgCharts
{
    private const int LabelWidth = 260;
    private const int BarArea = 360;
    private const int RowHeight = 24;

    public static IHtmlContent HorizontalBars(string id, string title, IReadOnlyList<ChartBar> bars)
    {
        var inv = CultureInfo.InvariantCulture;
        var height = Math.Max(1, bars.Count) * RowHeight + 8;
        var width = LabelWidth + BarArea + 90;
        var sb = new StringBuilder();
        sb.Append(inv, $"<svg class=\"schakel-chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" data-testid=\"chart-{id}\">");
        sb.Append(inv, $"<title id=\"{id}-title\">{Encode(title)}</title>");
        sb.Append(inv, $"<desc id=\"{id}-desc\">Staafdiagram; dezelfde aantallen staan in de tabel bij deze grafiek. Aantallen onder de 5 die zijn afgeschermd, hebben geen staaf.</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = 4 + i * RowHeight;
            var length = Math.Round(b.Length * BarArea, 1);
            sb.Append(inv, $"<text x=\"{LabelWidth - 8}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"13\" fill=\"#000\">{Encode(Shorten(b.Label))}</text>");
            if (length > 0)
            {
                sb.Append(inv, $"<rect x=\"{LabelWidth}\" y=\"{y + 3}\" width=\"{length.ToString("0.#", inv)}\" height=\"{RowHeight - 6}\" fill=\"#154273\"></rect>");
            }
            sb.Append(inv, $"<text x=\"{(LabelWidth + length + 6).ToString("0.#", inv)}\" y=\"{y + 16}\" font-size=\"13\" fill=\"#000\">{Encode(b.Text)}</text>");
        }
        sb.Append("</svg>");
        return new HtmlString(sb.ToString());
    }

    /// <summary>
    /// The flows between municipalities as a picture: one arrow-labelled bar per pair "lives in → exploited or found in",
    /// largest first, pairs within one municipality left out (they are no flow; the table still has them).
    /// </summary>
    /// <remarks>Drawn from the published table: a "&lt;5" pair may be zero, so it gets no bar, like a zero.</remarks>
    public static IReadOnlyList<ChartBar> FlowBars(DisplayTable flows)
    {
        var pairs = new List<(string Label, string Text, int Value)>();
        foreach (var row in flows.Rows)
        {
            for (var c = 0; c < flows.Columns.Count; c++)
            {
                if (Disclosure.Value(row.Cells[c]) is int value && value > 0 && row.Label != flows.Columns[c])
                {
                    pairs.Add(($"{row.Label} → {flows.Columns[c]}", row.Cells[c], value));
                }
            }
        }
        return BarChart.Bars(pairs.OrderByDescending(p => p.Value).ThenBy(p => p.Label, StringComparer.CurrentCulture).Select(p => (p.Label, p.Text)).ToList());
    }

    private static string Shorten(string label) => label.Length <= 36 ? label : label[..35] + "…";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
