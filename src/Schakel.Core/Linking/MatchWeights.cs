namespace Schakel.Core.Linking;

/// <summary>
/// Fellegi–Sunter match weights: per field and agreement level, m = P(level | same person) and
/// u = P(level | different persons), weight = log2(m / u). u is estimated among <em>candidate</em> pairs
/// (pairs that share a blocking key), not among all pairs: that is why "same surname, other first name"
/// and "same house, other person" are frequent under u and weigh against a match. The sum of weights plus
/// <see cref="PriorLogOdds"/> is the log2-odds of a match; the score is its logistic.
/// See docs/benchmarks-linking.md for the table and the reasoning behind each figure.
/// </summary>
public static class MatchWeights
{
    /// <summary>
    /// log2 prior odds of a match among candidates. Chosen so that no single field except a direct
    /// identifier (phone, e-mail, handle) reaches 0.5 alone: a name alone (+7) or an address alone (+4)
    /// stays below the proposal threshold.
    /// </summary>
    public const double PriorLogOdds = -9.0;

    public static readonly double PhoneAgree = W(0.60, 0.000586);

    /// <summary>A Dutch fixed line is a household's number: family members share it, so it weighs less.</summary>
    public static readonly double LandlineAgree = W(0.60, 0.0050);
    public static readonly double PhoneDisagree = W(0.40, 1.0);
    public static readonly double EmailAgree = W(0.50, 0.000488);
    public static readonly double EmailDisagree = W(0.50, 1.0);
    public static readonly double HandleAgree = W(0.50, 0.000580);
    public static readonly double HandleDisagree = W(0.50, 1.0);
    public static readonly double PlateAgree = W(0.40, 0.0177);
    public static readonly double PlateDisagree = W(0.60, 1.0);

    public static readonly double NameExact = W(0.80, 0.0062);
    public static readonly double NameFuzzy = W(0.12, 0.0025);
    public static readonly double NameSimilar = W(0.05, 0.0125);
    public static readonly double NameInitials = W(0.04, 0.005);
    public static readonly double NamePartial = W(0.02, 0.0141);
    public static readonly double NameConflict = W(0.006, 0.60);
    public static readonly double NameDifferent = W(0.025, 0.80);

    public static readonly double DobExact = W(0.85, 0.0030);
    public static readonly double DobSwapped = W(0.03, 0.0010);
    public static readonly double DobClose = W(0.04, 0.0080);
    public static readonly double DobYear = W(0.03, 0.0065);
    public static readonly double DobDifferent = W(0.03, 0.97);

    public static readonly double AddressExact = W(0.60, 0.0375);
    public static readonly double AddressBuilding = W(0.08, 0.0250);
    public static readonly double AddressDifferent = W(0.30, 0.96);

    /// <summary>
    /// A fixed line and an address both identify a household, not a person; when both agree they are not
    /// independent evidence, so only the stronger counts, plus this small bonus.
    /// </summary>
    public const double HouseholdBonus = 1.0;

    public static double Of(NameLevel level) => level switch
    {
        NameLevel.Exact => NameExact,
        NameLevel.Fuzzy => NameFuzzy,
        NameLevel.Similar => NameSimilar,
        NameLevel.Initials => NameInitials,
        NameLevel.Partial => NamePartial,
        NameLevel.Conflict => NameConflict,
        NameLevel.Different => NameDifferent,
        _ => 0,
    };

    public static double Of(DateLevel level) => level switch
    {
        DateLevel.Exact => DobExact,
        DateLevel.Swapped => DobSwapped,
        DateLevel.Close => DobClose,
        DateLevel.Year => DobYear,
        DateLevel.Different => DobDifferent,
        _ => 0,
    };

    public static double Of(AddressLevel level) => level switch
    {
        AddressLevel.Exact => AddressExact,
        AddressLevel.Building => AddressBuilding,
        AddressLevel.Different => AddressDifferent,
        _ => 0,
    };

    public static double ToScore(double logOdds) => 1.0 / (1.0 + Math.Pow(2, -logOdds));

    private static double W(double m, double u) => Math.Log2(m / u);
}
