using System.Globalization;
using Schakel.Core.Labels;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Ads;

public static class AdFormat
{
    /// <summary>Posting times are parsed to UTC; the reader sees the Dutch date.</summary>
    public static string Date(DateTime? value) => value is { } v ? DutchTime.FormatUtcDate(v) : "onbekend";

    public static string Span(DateTime? first, DateTime? last) =>
        first is null ? "onbekend" : last is { } l && DutchTime.Day(Utc(first.Value)) == DutchTime.Day(Utc(l)) ? Date(first) : $"{Date(first)} t/m {Date(last)}";

    /// <summary>Stored indicator codes ("phone_in_signal;multi_city") as the words of the risk profile.</summary>
    public static string Indicators(string? stored) =>
        string.IsNullOrWhiteSpace(stored) ? "geen" : Dutch.Codes(CodeList.AdIndicator, stored.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static string Score(double value) => value.ToString("0.00", CultureInfo.GetCultureInfo("nl-NL"));

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
