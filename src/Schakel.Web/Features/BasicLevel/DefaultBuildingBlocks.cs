namespace Schakel.Web.Features.BasicLevel;

/// <summary>
/// The building blocks of the VNG Kader aanpak mensenhandel (2021), basisniveau first, then the optional ones, as the
/// regions' plans restate them. Seeded once; after that the beheerder owns the list.
/// </summary>
public static class DefaultBuildingBlocks
{
    public static readonly IReadOnlyList<(string Code, string Title, bool Optional)> All =
    [
        ("BELEID_VERANKERD", "Beleid verankerd in bestaande structuren, zorg en veiligheid verbonden, met aandacht voor jeugd", false),
        ("VIER_VORMEN", "De vier vormen van uitbuiting onderscheiden", false),
        ("INFORMATIEDELING", "Informatie-uitwisseling tussen partners beschreven", false),
        ("AF_AANGESTELD", "Aandachtsfunctionaris aangesteld (naam, uren, beleid of uitvoering)", false),
        ("MELDROUTE", "Interne meldroute beschreven en gecommuniceerd", false),
        ("TRAINING", "Terugkerende training van medewerkers, ook nieuwe medewerkers (afgelopen jaar)", false),
        ("DRIEHOEK", "Onderwerp minstens twee keer per jaar besproken in de gezagsdriehoek en ambtelijk", false),
        ("OMGEVINGSSCAN", "Omgevingsscan of risicoanalyse van kwetsbare sectoren gedaan", false),
        ("BEWUSTWORDING", "Jaarlijkse bewustwordingsactiviteit", false),
        ("BELEIDSPLAN", "Beleidsplan vastgesteld: opvang, handhaving, preventie en voorlichting", false),
        ("PARTNERS", "Partners bekend, met samenwerkingsafspraken", false),
        ("REGIONALE_TAFELS", "Onderwerp geagendeerd aan de regionale tafels", false),
        ("AANSLUITING_REGIO", "Aanpak aangesloten op de regio en op landelijke dekking van zorgcoördinatie", false),
        ("OPVANG", "Opvangverantwoordelijkheid Wmo/Jeugdwet genomen; ingekochte zorg voldoet aan kwaliteitscriteria", false),
        ("MELDSTRUCTUUR_EXTERN", "Meldstructuur voor professionals van buiten de gemeente", true),
        ("TRENDS", "Trends en ontwikkelingen signaleren", true),
        ("GOEDE_PRAKTIJKEN", "Goede praktijken gedeeld", true),
        ("DRIEHOEK_VAKER", "Onderwerp meerdere keren per jaar in de driehoek", true),
        ("REGIOSCAN", "Brede regionale scan, ook van groepen slachtoffers", true),
        ("WEGENKAART", "'Wegenkaart' van de expertise van partners", true),
        ("KETENREGISSEUR", "Regionale ketenregisseur", true),
    ];
}
