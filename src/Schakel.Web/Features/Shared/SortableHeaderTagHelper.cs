using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Schakel.Web.Features.Shared;

/// <summary>
/// A sortable column header: <c>&lt;th schakel-sort="gemeente" schakel-sort-order="@Model.Order"&gt;Gemeente&lt;/th&gt;</c>.
/// The header text becomes a link that keeps the page's filters and sets <c>sorteer</c> and <c>richting</c>; the sorted
/// header carries <c>aria-sort</c>. Dates and counts usually read best newest or highest first: set
/// <c>schakel-sort-first="af"</c>. Without an order (a list that is not sortable where it is shown) the header stays plain.
/// </summary>
[HtmlTargetElement("th", Attributes = ColumnAttribute)]
public sealed class SortableHeaderTagHelper : TagHelper
{
    private const string ColumnAttribute = "schakel-sort";

    [HtmlAttributeName(ColumnAttribute)] public string Column { get; set; } = "";
    [HtmlAttributeName("schakel-sort-order")] public SortOrder? Current { get; set; }
    [HtmlAttributeName("schakel-sort-first")] public string First { get; set; } = SortOrder.Ascending;
    /// <summary>A fragment to land on after sorting, e.g. the table's own section on a page with several tables.</summary>
    [HtmlAttributeName("schakel-sort-fragment")] public string? Fragment { get; set; }

    [ViewContext, HtmlAttributeNotBound] public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("scope"))
        {
            output.Attributes.SetAttribute("scope", "col");
        }
        if (Current is null)
        {
            return;
        }
        var label = (await output.GetChildContentAsync()).GetContent();
        var sorted = Current.Is(Column);
        var descendingNext = sorted ? !Current.Descending : First == SortOrder.DescendingValue;
        if (sorted)
        {
            output.Attributes.SetAttribute("aria-sort", Current.Descending ? "descending" : "ascending");
        }
        output.AddClass("schakel-sortable", HtmlEncoder.Default);

        var query = ViewContext.HttpContext.Request.Query
            .Where(q => q.Key != Current.ColumnParameter && q.Key != Current.DirectionParameter)
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new(Current.ColumnParameter, Column))
            .Append(new(Current.DirectionParameter, descendingNext ? SortOrder.DescendingValue : SortOrder.Ascending));
        var href = ViewContext.HttpContext.Request.Path + QueryString.Create(query).ToUriComponent() + (Fragment is null ? "" : "#" + Fragment);
        var icon = !sorted ? "↕" : Current.Descending ? "▼" : "▲";
        var hint = descendingNext ? "sorteer aflopend" : "sorteer oplopend";
        output.Content.SetHtmlContent(
            $"<a class=\"utrecht-link schakel-sort\" href=\"{HtmlEncoder.Default.Encode(href)}\">{label}<span class=\"schakel-visually-hidden\"> ({hint})</span>" +
            $"<span class=\"schakel-sort__icon\" aria-hidden=\"true\">{icon}</span></a>");
    }
}
