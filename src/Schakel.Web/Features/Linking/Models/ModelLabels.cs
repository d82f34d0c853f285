using Schakel.Core.Linking;

namespace Schakel.Web.Features.Linking.Models;

/// <summary>Dutch labels for the fields and agreement levels of the linking model, as the chain director reads them.</summary>
public static class ModelLabels
{
    public static string Field(ComparisonField field) => field switch
    {
        ComparisonField.Name => "Naam",
        ComparisonField.DateOfBirth => "Geboortedatum",
        ComparisonField.Address => "Adres",
        ComparisonField.Phone => "Telefoon",
        ComparisonField.Email => "E-mail",
        ComparisonField.Handle => "Online account",
        ComparisonField.Plate => "Kenteken",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The label of a level token (<see cref="ComparisonFields.LevelToken"/>), or null for a token without one.</summary>
    public static string? Level(ComparisonField field, string token) => (field, token) switch
    {
        (_, "missing") => "ontbreekt aan één kant (telt niet mee)",
        (ComparisonField.Name, "exact") => "zelfde naam",
        (ComparisonField.Name, "close") => "op een tikfout/spellingvariant na gelijk",
        (ComparisonField.Name, "similar") => "lijkt op elkaar",
        (ComparisonField.Name, "extra") => "extra voor- of achternaam",
        (ComparisonField.Name, "initials") => "voorletters passen",
        (ComparisonField.Name, "single") => "één naam, komt voor in de andere",
        (ComparisonField.Name, "one_token") => "één naamdeel gelijk, ander verschilt",
        (ComparisonField.DateOfBirth, "exact") => "zelfde geboortedatum",
        (ComparisonField.DateOfBirth, "swapped") => "dag en maand omgewisseld",
        (ComparisonField.DateOfBirth, "one_edit") => "één cijfer anders",
        (ComparisonField.DateOfBirth, "year") => "alleen jaar bekend, zelfde jaar",
        (ComparisonField.DateOfBirth, "two_edits") => "twee cijfers anders",
        (ComparisonField.Address, "exact") => "zelfde adres",
        (ComparisonField.Address, "building") => "zelfde pand, andere toevoeging",
        (ComparisonField.Address, "near") => "zelfde huisnummer, tikfout in postcode/straat/plaats",
        (ComparisonField.Address, "partial") => "zelfde huisnummer en straat of postcode, ander deel verschilt",
        (ComparisonField.Address, "street") => "zelfde straat of postcode, ander huisnummer",
        (ComparisonField.Address, "locality") => "alleen zelfde plaats",
        (ComparisonField.Phone, "agree") => "zelfde nummer",
        (ComparisonField.Phone, "agree_fixed_line") => "zelfde vaste nummer (huishouden)",
        (ComparisonField.Email or ComparisonField.Handle or ComparisonField.Plate, "agree") => "gelijk",
        (_, "different") => "verschillend",
        _ => null,
    };

    public static string Level(ComparisonField field, int level)
    {
        var token = ComparisonFields.LevelToken(field, level);
        return Level(field, token) ?? token;
    }

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
