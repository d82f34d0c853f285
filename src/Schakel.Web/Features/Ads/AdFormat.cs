using System.Globalization;

namespace Schakel.Web.Features.Ads;

public static class AdFormat
{
    public static string Date(DateTime? value) => value?.ToString("d-M-yyyy", CultureInfo.InvariantCulture) ?? "onbekend";

    public static string Span(DateTime? first, DateTime? last) =>
        first is null ? "onbekend" : first.Value.Date == last?.Date ? Date(first) : $"{Date(first)} t/m {Date(last)}";

    public static string Score(double value) => value.ToString("0.00", CultureInfo.GetCultureInfo("nl-NL"));
}
