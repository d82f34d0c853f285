using System.Globalization;
using System.Text;

namespace Schakel.Core.Figures;

/// <summary>
/// Groups the nationality of a possible victim for the figures. Nationality is typed in freely at intake, so the
/// lookup accepts what people write: the Dutch adjective ("Pools", "Poolse"), the Dutch country name ("Polen") and the
/// ISO 3166 alpha-2 and alpha-3 codes ("PL", "POL"), ignoring case, accents and surrounding spaces. A value that is not
/// recognised counts as unknown, so the group table never silently drops a person.
/// </summary>
public static class NationalityGroups
{
    public const string Netherlands = "NL";
    public const string EuEea = "EU_EER";
    public const string OtherEurope = "EUROPA_OVERIG";
    public const string Africa = "AFRIKA";
    public const string Asia = "AZIE";
    public const string Americas = "AMERIKA";
    public const string Oceania = "OCEANIE";
    public const string Unknown = "ONBEKEND";

    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        (Netherlands, "Nederland"), (EuEea, "EU/EER (zonder Nederland)"), (OtherEurope, "Overig Europa"), (Africa, "Afrika"),
        (Asia, "Azië"), (Americas, "Amerika"), (Oceania, "Oceanië"), (Unknown, "Onbekend of staatloos"),
    ];

    // alpha-2, alpha-3, Dutch country name, Dutch adjective (masculine form; the -e form is derived), group.
    private static readonly (string A2, string A3, string Country, string Adjective, string Group)[] Countries =
    [
        ("NL", "NLD", "Nederland", "Nederlands", Netherlands),
        ("AT", "AUT", "Oostenrijk", "Oostenrijks", EuEea), ("BE", "BEL", "België", "Belgisch", EuEea), ("BG", "BGR", "Bulgarije", "Bulgaars", EuEea),
        ("HR", "HRV", "Kroatië", "Kroatisch", EuEea), ("CY", "CYP", "Cyprus", "Cypriotisch", EuEea), ("CZ", "CZE", "Tsjechië", "Tsjechisch", EuEea),
        ("DK", "DNK", "Denemarken", "Deens", EuEea), ("EE", "EST", "Estland", "Estisch", EuEea), ("FI", "FIN", "Finland", "Fins", EuEea),
        ("FR", "FRA", "Frankrijk", "Frans", EuEea), ("DE", "DEU", "Duitsland", "Duits", EuEea), ("GR", "GRC", "Griekenland", "Grieks", EuEea),
        ("HU", "HUN", "Hongarije", "Hongaars", EuEea), ("IE", "IRL", "Ierland", "Iers", EuEea), ("IT", "ITA", "Italië", "Italiaans", EuEea),
        ("LV", "LVA", "Letland", "Lets", EuEea), ("LT", "LTU", "Litouwen", "Litouws", EuEea), ("LU", "LUX", "Luxemburg", "Luxemburgs", EuEea),
        ("MT", "MLT", "Malta", "Maltees", EuEea), ("PL", "POL", "Polen", "Pools", EuEea), ("PT", "PRT", "Portugal", "Portugees", EuEea),
        ("RO", "ROU", "Roemenië", "Roemeens", EuEea), ("SK", "SVK", "Slowakije", "Slowaaks", EuEea), ("SI", "SVN", "Slovenië", "Sloveens", EuEea),
        ("ES", "ESP", "Spanje", "Spaans", EuEea), ("SE", "SWE", "Zweden", "Zweeds", EuEea),
        ("IS", "ISL", "IJsland", "IJslands", EuEea), ("LI", "LIE", "Liechtenstein", "Liechtensteins", EuEea), ("NO", "NOR", "Noorwegen", "Noors", EuEea),
        ("CH", "CHE", "Zwitserland", "Zwitsers", OtherEurope), ("GB", "GBR", "Verenigd Koninkrijk", "Brits", OtherEurope),
        ("UA", "UKR", "Oekraïne", "Oekraïens", OtherEurope), ("MD", "MDA", "Moldavië", "Moldavisch", OtherEurope), ("BY", "BLR", "Belarus", "Belarussisch", OtherEurope),
        ("RU", "RUS", "Rusland", "Russisch", OtherEurope), ("RS", "SRB", "Servië", "Servisch", OtherEurope), ("BA", "BIH", "Bosnië en Herzegovina", "Bosnisch", OtherEurope),
        ("AL", "ALB", "Albanië", "Albanees", OtherEurope), ("MK", "MKD", "Noord-Macedonië", "Macedonisch", OtherEurope), ("ME", "MNE", "Montenegro", "Montenegrijns", OtherEurope),
        ("XK", "XKX", "Kosovo", "Kosovaars", OtherEurope), ("TR", "TUR", "Turkije", "Turks", OtherEurope), ("GE", "GEO", "Georgië", "Georgisch", OtherEurope),
        ("AM", "ARM", "Armenië", "Armeens", OtherEurope), ("AZ", "AZE", "Azerbeidzjan", "Azerbeidzjaans", OtherEurope),
        ("NG", "NGA", "Nigeria", "Nigeriaans", Africa), ("GH", "GHA", "Ghana", "Ghanees", Africa), ("MA", "MAR", "Marokko", "Marokkaans", Africa),
        ("DZ", "DZA", "Algerije", "Algerijns", Africa), ("TN", "TUN", "Tunesië", "Tunesisch", Africa), ("LY", "LBY", "Libië", "Libisch", Africa),
        ("EG", "EGY", "Egypte", "Egyptisch", Africa), ("ER", "ERI", "Eritrea", "Eritrees", Africa), ("ET", "ETH", "Ethiopië", "Ethiopisch", Africa),
        ("SO", "SOM", "Somalië", "Somalisch", Africa), ("SD", "SDN", "Soedan", "Soedanees", Africa), ("SS", "SSD", "Zuid-Soedan", "Zuid-Soedanees", Africa),
        ("UG", "UGA", "Oeganda", "Oegandees", Africa), ("KE", "KEN", "Kenia", "Keniaans", Africa), ("GN", "GIN", "Guinee", "Guinees", Africa),
        ("SL", "SLE", "Sierra Leone", "Sierraleoons", Africa), ("LR", "LBR", "Liberia", "Liberiaans", Africa), ("CM", "CMR", "Kameroen", "Kameroens", Africa),
        ("CD", "COD", "Congo", "Congolees", Africa), ("AO", "AGO", "Angola", "Angolees", Africa), ("CI", "CIV", "Ivoorkust", "Ivoriaans", Africa),
        ("SN", "SEN", "Senegal", "Senegalees", Africa), ("GM", "GMB", "Gambia", "Gambiaans", Africa), ("ZA", "ZAF", "Zuid-Afrika", "Zuid-Afrikaans", Africa),
        ("CN", "CHN", "China", "Chinees", Asia), ("VN", "VNM", "Vietnam", "Vietnamees", Asia), ("TH", "THA", "Thailand", "Thais", Asia),
        ("PH", "PHL", "Filipijnen", "Filipijns", Asia), ("IN", "IND", "India", "Indiaas", Asia), ("PK", "PAK", "Pakistan", "Pakistaans", Asia),
        ("AF", "AFG", "Afghanistan", "Afghaans", Asia), ("SY", "SYR", "Syrië", "Syrisch", Asia), ("IQ", "IRQ", "Irak", "Iraaks", Asia),
        ("IR", "IRN", "Iran", "Iraans", Asia), ("ID", "IDN", "Indonesië", "Indonesisch", Asia), ("MY", "MYS", "Maleisië", "Maleisisch", Asia),
        ("BD", "BGD", "Bangladesh", "Bengalees", Asia), ("LK", "LKA", "Sri Lanka", "Sri Lankaans", Asia), ("NP", "NPL", "Nepal", "Nepalees", Asia),
        ("MN", "MNG", "Mongolië", "Mongools", Asia), ("KH", "KHM", "Cambodja", "Cambodjaans", Asia), ("MM", "MMR", "Myanmar", "Myanmarees", Asia),
        ("KR", "KOR", "Zuid-Korea", "Zuid-Koreaans", Asia), ("JP", "JPN", "Japan", "Japans", Asia), ("YE", "YEM", "Jemen", "Jemenitisch", Asia),
        ("LB", "LBN", "Libanon", "Libanees", Asia), ("UZ", "UZB", "Oezbekistan", "Oezbeeks", Asia), ("KZ", "KAZ", "Kazachstan", "Kazachs", Asia),
        ("US", "USA", "Verenigde Staten", "Amerikaans", Americas), ("CA", "CAN", "Canada", "Canadees", Americas), ("BR", "BRA", "Brazilië", "Braziliaans", Americas),
        ("CO", "COL", "Colombia", "Colombiaans", Americas), ("VE", "VEN", "Venezuela", "Venezolaans", Americas), ("SR", "SUR", "Suriname", "Surinaams", Americas),
        ("DO", "DOM", "Dominicaanse Republiek", "Dominicaans", Americas), ("MX", "MEX", "Mexico", "Mexicaans", Americas), ("PE", "PER", "Peru", "Peruaans", Americas),
        ("EC", "ECU", "Ecuador", "Ecuadoraans", Americas), ("AR", "ARG", "Argentinië", "Argentijns", Americas), ("CL", "CHL", "Chili", "Chileens", Americas),
        ("CU", "CUB", "Cuba", "Cubaans", Americas), ("HT", "HTI", "Haïti", "Haïtiaans", Americas), ("JM", "JAM", "Jamaica", "Jamaicaans", Americas),
        ("AU", "AUS", "Australië", "Australisch", Oceania), ("NZ", "NZL", "Nieuw-Zeeland", "Nieuw-Zeelands", Oceania),
        ("PG", "PNG", "Papoea-Nieuw-Guinea", "Papoeaas", Oceania), ("FJ", "FJI", "Fiji", "Fijisch", Oceania),
    ];

    private static readonly Dictionary<string, string> CodeLookup = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string> Lookup = Build();

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in Countries)
        {
            // Dutch drops a doubled vowel before the -e: Chinees becomes Chinese, Portugees Portugese.
            var inflected = c.Adjective.EndsWith("ees", StringComparison.Ordinal) ? c.Adjective[..^3] + "ese" : c.Adjective + "e";
            foreach (var key in new[] { c.A2, c.A3, c.Country, c.Adjective, inflected })
            {
                map[Normalise(key)] = c.Group;
                CodeLookup[Normalise(key)] = c.A2;
            }
        }
        foreach (var word in new[] { "staatloos", "staatloze", "stateless", "onbekend", "onbekende", "unknown", "xxa", "xxx" })
        {
            map[word] = Unknown;
        }
        return map;
    }

    /// <summary>The group code for a stored nationality; empty, stateless or unrecognised values are <see cref="Unknown"/>.</summary>
    public static string Of(string? nationality) =>
        nationality is not null && Lookup.TryGetValue(Normalise(nationality), out var group) ? group : Unknown;

    /// <summary>The ISO 3166 alpha-2 code for a stored nationality (free text or code); null when unknown, stateless or unrecognised.</summary>
    public static string? CountryCode(string? nationality) =>
        nationality is not null && CodeLookup.TryGetValue(Normalise(nationality), out var code) ? code : null;

    /// <summary>The Dutch country name of an alpha-2 code.</summary>
    public static string CountryName(string code) => Countries.FirstOrDefault(c => c.A2 == code).Country ?? code;

    /// <summary>The alpha-2 codes of every country the lookup knows.</summary>
    public static IEnumerable<string> CountryCodes => Countries.Select(c => c.A2);

    public static string Label(string code) => All.FirstOrDefault(g => g.Code == code).Label ?? code;

    /// <summary>True when the value is one the lookup knows (including the explicit words for stateless and unknown).</summary>
    public static bool IsRecognised(string? nationality) => nationality is not null && Lookup.ContainsKey(Normalise(nationality));

    private static string Normalise(string value)
    {
        var decomposed = value.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(ch == '-' ? ' ' : ch);
            }
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
