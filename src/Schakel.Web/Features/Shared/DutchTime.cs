using System.Globalization;
using Microsoft.AspNetCore.Html;
using Schakel.Core.Common;

namespace Schakel.Web.Features.Shared;

/// <summary>
/// The one clock for people: everything is stored in UTC and every time a person reads (pages, exports, minutes,
/// e-mails, notifications) is Dutch time. The zone is named explicitly (<see cref="DutchZone"/>) so the output never depends on the
/// server's own zone. Machine interfaces (the JSON API) keep UTC in ISO 8601.
/// </summary>
public static class DutchTime
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Column headers and labels say which clock they use.</summary>
    public const string ZoneLabel = "Nederlandse tijd";

    /// <summary>A Dutch wall-clock time (as typed in a form) to the UTC moment it means.</summary>
    public static DateTimeOffset ToUtc(DateTime local) => DutchZone.ToUtc(local);

    public static DateTime ToLocal(DateTimeOffset utc) => DutchZone.ToLocal(utc);

    /// <summary>"10-3-2026 22:27": the format every page uses for a moment.</summary>
    public static string Format(DateTimeOffset utc) => ToLocal(utc).ToString("d-M-yyyy HH:mm", Invariant);

    public static string Format(DateTimeOffset? utc, string none = "") => utc is { } at ? Format(at) : none;

    /// <summary>With seconds, for the audit log where the order within a minute matters.</summary>
    public static string FormatPrecise(DateTimeOffset utc) => ToLocal(utc).ToString("d-M-yyyy HH:mm:ss", Invariant);

    /// <summary>The Dutch date of a moment: an event at 23:30 UTC in summer happened the next day in the Netherlands.</summary>
    public static string FormatDate(DateTimeOffset utc) => FormatDate(Day(utc));

    /// <summary>For a <see cref="DateTime"/> stored as UTC (imported ad posting times).</summary>
    public static string FormatUtcDate(DateTime utc) => FormatDate(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>"10-3-2026": the one format for a day (birth dates, due dates, meeting days) wherever people read it.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("d-M-yyyy", Invariant);

    public static string FormatDate(DateOnly? date, string none = "") => date is { } day ? FormatDate(day) : none;

    /// <summary>The moment as a <c>time</c> element: Dutch time to read, the UTC instant for machines and assistive tools.</summary>
    public static IHtmlContent Html(DateTimeOffset utc) => new HtmlString($"<time datetime=\"{Iso(utc)}\">{Format(utc)}</time>");

    public static IHtmlContent HtmlDate(DateTimeOffset utc) => new HtmlString($"<time datetime=\"{Iso(utc)}\">{FormatDate(utc)}</time>");

    /// <summary>The value of a <c>datetime-local</c> field, which holds Dutch wall-clock time (see <see cref="ToUtc"/>).</summary>
    public static string InputValue(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm", Invariant);

    /// <summary>ISO 8601 in UTC with 'Z', for machines (the API, <c>datetime</c> attributes).</summary>
    public static string Iso(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", Invariant);

    public static DateOnly Today(TimeProvider clock) => Day(clock.GetUtcNow());

    public static DateOnly Day(DateTimeOffset utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>The UTC moment a Dutch day begins, for "from day X up to day Y" filters.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day) => ToUtc(day.ToDateTime(TimeOnly.MinValue));
}
