namespace Schakel.Web.Features.Linking;

/// <summary>The engine's reason tokens in the words the ketenregisseur and the AF read.</summary>
public static class LinkReasons
{
    private static readonly Dictionary<string, string> Dutch = new(StringComparer.Ordinal)
    {
        ["phone"] = "zelfde telefoonnummer",
        ["email"] = "zelfde e-mailadres",
        ["handle"] = "zelfde online account",
        ["name_exact"] = "zelfde naam",
        ["name_fuzzy"] = "naam vrijwel gelijk (tikfout, spellingvariant of extra naam)",
        ["name_initials"] = "zelfde achternaam, voorletters passen bij de voornamen",
        ["name_partial"] = "één kant noemt één naam, die de andere ook draagt",
        ["name_shared"] = "één naamdeel gelijk, een ander verschilt (familielid of gewijzigde voornaam)",
        ["dob_exact"] = "zelfde geboortedatum",
        ["dob_swapped"] = "geboortedatum met dag en maand omgewisseld",
        ["dob_close"] = "geboortedatum wijkt één cijfer af of twee cijfers zijn verwisseld",
        ["dob_year"] = "zelfde geboortejaar (elders alleen het jaar bekend)",
        ["address"] = "zelfde adres",
        ["address_building"] = "zelfde pand, andere toevoeging",
        ["address_near"] = "zelfde huisnummer; postcode, straat of plaats op een tikfout na gelijk",
        ["address_street"] = "zelfde straat of postcode, ander of onbekend huisnummer",
        ["license_plate"] = "zelfde kenteken",
    };

    /// <summary>Dutch phrases for a stored token list such as <c>phone;name_fuzzy</c>, in the engine's order.</summary>
    public static IReadOnlyList<string> ToDutch(string? tokens) =>
        string.IsNullOrEmpty(tokens)
            ? []
            : tokens.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(t => Dutch.TryGetValue(t, out var d) ? d : t).ToList();

    public static bool IsKnown(string token) => Dutch.ContainsKey(token);

    /// <summary>How strong a score is, in words; 0.5 is the engine's proposal threshold.</summary>
    public static string Strength(double score) => score switch
    {
        >= 0.95 => "sterk",
        >= Core.Linking.CandidateLink.ProposalThreshold => "voorgesteld",
        _ => "zwak",
    };

    public static string Percent(double score) => Math.Round(score * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
