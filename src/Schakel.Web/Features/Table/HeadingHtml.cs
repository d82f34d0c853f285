using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace Schakel.Web.Features.Table;

/// <summary>
/// A heading whose level depends on where a partial sits (the minutes nest items under a network), so the outline
/// stays without gaps for screen readers.
/// </summary>
public static class HeadingHtml
{
    public static IHtmlContent Of(int level, string text, string? id = null)
    {
        var l = Math.Clamp(level, 1, 6);
        var idAttribute = id is null ? "" : $" id=\"{HtmlEncoder.Default.Encode(id)}\"";
        return new HtmlString($"<h{l} class=\"utrecht-heading-{l}\"{idAttribute}>{HtmlEncoder.Default.Encode(text)}</h{l}>");
    }
}
