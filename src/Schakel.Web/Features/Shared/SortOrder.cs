using System.Linq.Expressions;

namespace Schakel.Web.Features.Shared;

/// <summary>
/// The order a list is shown in, read from the query string (<c>?sorteer=kolom&amp;richting=op|af</c>) so a header link
/// sorts on the server and the page works without script. An unknown column falls back to the list's own default
/// order (<see cref="Column"/> null), so a stale or made-up link never fails.
/// </summary>
public sealed record SortOrder(string? Column, bool Descending)
{
    public const string ColumnKey = "sorteer";
    public const string DirectionKey = "richting";
    public const string Ascending = "op";
    public const string DescendingValue = "af";

    public static SortOrder Default { get; } = new(null, false);

    /// <summary>The query key of the column; a second table on the same page uses its own (e.g. <c>telling</c>).</summary>
    public string ColumnParameter { get; init; } = ColumnKey;

    /// <summary><c>richting</c> for the page's main table, <c>telling-richting</c> for a second one.</summary>
    public string DirectionParameter => ColumnParameter == ColumnKey ? DirectionKey : ColumnParameter + "-" + DirectionKey;

    public bool IsDefault => Column is null;

    public static SortOrder Parse(string? column, string? direction, params string[] columns)
    {
        var known = columns.FirstOrDefault(c => string.Equals(c, column?.Trim(), StringComparison.OrdinalIgnoreCase));
        return known is null ? Default : new SortOrder(known, string.Equals(direction?.Trim(), DescendingValue, StringComparison.OrdinalIgnoreCase));
    }

    public static SortOrder From(HttpRequest request, params string[] columns) =>
        Parse(request.Query[ColumnKey], request.Query[DirectionKey], columns);

    /// <summary>
    /// The order of a second table on a page, under its own query key. Not an overload of <see cref="From(HttpRequest, string[])"/>:
    /// C# would bind <c>From(Request, "naam", "email")</c> to it and make the first column the query key.
    /// </summary>
    public static SortOrder FromParameter(HttpRequest request, string parameter, params string[] columns)
    {
        var keys = new SortOrder(null, false) { ColumnParameter = parameter };
        return Parse(request.Query[parameter], request.Query[keys.DirectionParameter], columns) with { ColumnParameter = parameter };
    }

    public bool Is(string column) => string.Equals(Column, column, StringComparison.Ordinal);

    public IOrderedQueryable<T> By<T, TKey>(IQueryable<T> source, Expression<Func<T, TKey>> key) =>
        Descending ? source.OrderByDescending(key) : source.OrderBy(key);

    public IOrderedEnumerable<T> By<T, TKey>(IEnumerable<T> source, Func<T, TKey> key) =>
        Descending ? source.OrderByDescending(key) : source.OrderBy(key);

    /// <summary>Words for a caption: "gesorteerd op Gemeente, oplopend".</summary>
    public string Describe(string label) => $"gesorteerd op {label}, {(Descending ? "aflopend" : "oplopend")}";
}
