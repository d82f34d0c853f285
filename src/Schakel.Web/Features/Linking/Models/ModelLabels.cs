namespace Schakel.Web.Features.Linking.Models;

/// <summary>Numbers of the linking model as the chain director reads them; field and level words are in <see cref="Schakel.Core.Labels.LinkingLabels"/>.</summary>
public static class ModelLabels
{
    /// <summary>A weight in bits with its sign, as "+3,2" or "−1,5".</summary>
    public static string Bits(double bits) =>
        (bits < 0 ? "−" : "+") + Math.Abs(bits).ToString("0.0", Nl);

    /// <summary>A probability with two significant digits for small ones ("0,00066"), as a chain director reads it without exponents.</summary>
    public static string Probability(double p) =>
        p >= 0.001 || p <= 0 ? p.ToString("0.000", Nl)
            : Math.Round(p, Math.Min(15, 1 - (int)Math.Floor(Math.Log10(p)))).ToString("0.###############", Nl);

    public static string Percent(double p) => (p * 100).ToString("0.#", Nl) + "%";

    public static readonly System.Globalization.CultureInfo Nl = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");
}
