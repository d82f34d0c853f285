namespace Schakel.Core.Ads;

/// <summary>
/// The shipped profile. Weights follow the evidence: indicators that US research found predictive get
/// the larger weights, Dutch police practice without tested evidence gets moderate weights, and
/// indicators research found not predictive stay in with a weight near zero so the choice is visible.
/// </summary>
internal static class DefaultRiskProfile
{
    public const string Version = "ads-default-2026.11-1";

    public static readonly RiskProfile Instance = new()
    {
        Version = Version,
        FlagThreshold = 0.5,
        Parameters = new RiskProfileParameters(),
        Indicators =
        [
            new()
            {
                Code = IndicatorCodes.PhoneInSignal,
                Label = "Telefoonnummer komt voor in een signaal of casus",
                Weight = 0.45,
                Rationale = "Het telefoonnummer is de sleutel die advertenties aan bekende signalen koppelt; een bekend nummer maakt een advertentie direct relevant voor de casustafel.",
                Source = "Ibanez & Suthers; ASC 2024 'Number on the wall'",
                Predictive = Predictiveness.Unverified,
            },
            new()
            {
                Code = IndicatorCodes.MinorAgeClaimed,
                Label = "Opgegeven leeftijd onder de 18",
                Weight = 0.6,
                Rationale = "Seksuele dienstverlening door een minderjarige is altijd uitbuiting (art. 273f Sr); een opgegeven leeftijd onder 18 verdient altijd beoordeling.",
                Source = "Wetboek van Strafrecht art. 273f",
                Predictive = Predictiveness.Yes,
            },
            new()
            {
                Code = IndicatorCodes.SharedPhoneMultipleWomen,
                Label = "Eén telefoonnummer of account voor meerdere vrouwen",
                Weight = 0.35,
                Rationale = "Meerdere namen of foto's achter één nummer wijzen op een derde die advertenties plaatst en afspraken maakt; plaatsers horen bij het netwerk.",
                Source = "politie.nl 6-4-2023 (plaatsers horen bij het netwerk)",
                Predictive = Predictiveness.Unverified,
            },
            new()
            {
                Code = IndicatorCodes.MultiCity,
                Label = "Zelfde nummer of account in drie of meer steden",
                Weight = 0.25,
                Rationale = "Plaatswisselingen onthullen circuits waarin vrouwen worden rondgereden.",
                Source = "Ibanez & Suthers (researchgate 262272493); praktijk Deventer en Zwolle",
                Predictive = Predictiveness.Unverified,
            },
            new()
            {
                Code = IndicatorCodes.CircuitMovement,
                Label = "Snelle plaatswisseling (twee steden binnen 14 dagen)",
                Weight = 0.25,
                Rationale = "Korte verblijven en snelle wisselingen passen bij een circuit; één verhuizing niet, daarom een tijdvenster.",
                Source = "Ibanez & Suthers (researchgate 262272493); ASC 2024",
                Predictive = Predictiveness.Unverified,
            },
            new()
            {
                Code = IndicatorCodes.ObscuredContact,
                Label = "Verhuld telefoonnummer in de tekst",
                Weight = 0.3,
                Rationale = "Een nummer dat in woorden of met letters is geschreven ontwijkt filters; Amerikaans onderzoek vond dit voorspellend.",
                Source = "JRSA/NIJ (nij.ojp.gov; ojp.gov NCJ 305699)",
                Predictive = Predictiveness.Yes,
            },
            new()
            {
                Code = IndicatorCodes.YouthfulWording,
                Label = "Jeugdige bewoordingen",
                Weight = 0.25,
                Rationale = "Woorden die jeugd benadrukken; Amerikaans onderzoek vond jeugdige taal voorspellend, de Oost-Nederlandse politie selecteert op jonge leeftijd.",
                Source = "JRSA/NIJ (ojp.gov NCJ 305699); nos.nl/nieuwsuur 2318217",
                Predictive = Predictiveness.Yes,
                Phrases =
                [
                    "jong", "jonge", "young", "teen", "teens", "tiener", "schoolgirl", "schoolmeisje", "barely 18",
                    "barely legal", "just 18", "net 18", "pas 18", "petite", "meisje", "meisjes", "young girl",
                    "babyface", "baby face", "little girl", "klein meisje", "girly",
                ],
            },
            new()
            {
                Code = IndicatorCodes.UnprotectedServices,
                Label = "Onbeschermde of alle diensten",
                Weight = 0.25,
                Rationale = "'Alles mogelijk' en seks zonder condoom wijzen op gebrek aan zeggenschap over de eigen grenzen; de politie noemt dit als signaal.",
                Source = "politie.nl 26-06-2023; sprankmagazine.nl (Rotterdam: extreme diensten)",
                Predictive = Predictiveness.Unverified,
                Phrases =
                [
                    "zonder condoom", "without condom", "without a condom", "no condom", "geen condoom", "bareback",
                    "bb", "ao", "owo", "onbeschermd", "unprotected", "alles mogelijk", "alles kan", "all services",
                    "everything possible", "everything is possible", "no limits", "geen grenzen",
                ],
            },
            new()
            {
                Code = IndicatorCodes.AlwaysAvailable,
                Label = "Altijd beschikbaar (24/7)",
                Weight = 0.2,
                Rationale = "Opvallende beschikbaarheid past bij iemand die niet zelf over haar tijd beslist; Oost-Nederland en Oost-Brabant selecteren hierop.",
                Source = "nos.nl/nieuwsuur 2318217; omroepbrabant.nl; politie.nl 26-06-2023",
                Predictive = Predictiveness.Unverified,
                Phrases =
                [
                    "24/7", "24 7", "24x7", "24 uur", "24h", "24 hours", "24 hrs", "dag en nacht", "day and night",
                    "always available", "altijd beschikbaar", "altijd bereikbaar", "day night",
                ],
            },
            new()
            {
                Code = IndicatorCodes.ThirdPerson,
                Label = "Geschreven in de derde persoon",
                Weight = 0.15,
                Rationale = "Een advertentie over 'zij' of 'onze meiden' is door een ander geschreven; dat kan een bureau zijn, maar ook een uitbuiter.",
                Source = "Praktijkkennis; geen getoetste bron",
                Predictive = Predictiveness.Unverified,
                Phrases =
                [
                    "she is", "she s", "she will", "she loves", "she offers", "her services", "zij is", "ze is",
                    "zij biedt", "ze biedt", "haar diensten", "this girl", "this lady", "deze dame", "deze meid",
                    "our girls", "our ladies", "onze meiden", "onze dames",
                ],
            },
            new()
            {
                Code = IndicatorCodes.SharedPhoto,
                Label = "Zelfde foto bij andere namen of nummers",
                Weight = 0.2,
                Rationale = "Eén foto bij verschillende nummers of namen wijst op een plaatser die foto's hergebruikt of op een nepprofiel.",
                Source = "Geen Nederlandse bron gevonden; het gewicht is instelbaar",
                Predictive = Predictiveness.Unverified,
            },
            new()
            {
                Code = IndicatorCodes.NearDuplicateText,
                Label = "Bijna dezelfde tekst bij een ander nummer",
                Weight = 0.2,
                Rationale = "Gekopieerde teksten onder verschillende nummers wijzen op één plaatser achter meerdere advertenties.",
                Source = "politie.nl 6-4-2023 (plaatsers horen bij het netwerk)",
                Predictive = Predictiveness.Unverified,
            },
            new()
            {
                Code = IndicatorCodes.YoungAgeClaimed,
                Label = "Opgegeven leeftijd 18 tot en met 21",
                Weight = 0.1,
                Rationale = "Nederlandse teams letten op jonge leeftijd, maar Amerikaans onderzoek vond een opgegeven leeftijd onder 23 niet voorspellend; daarom een laag gewicht.",
                Source = "sprankmagazine.nl (Rotterdam); nos.nl/nieuwsuur 2318217; tegen: nij.ojp.gov, ojp.gov NCJ 305699",
                Predictive = Predictiveness.No,
            },
            new()
            {
                Code = IndicatorCodes.LowPrice,
                Label = "Opvallend lage prijs",
                Weight = 0.1,
                Rationale = "Een prijs onder €50 of onder 60% van de mediaan van de verzameling kan op dwang of schuld wijzen; niet getoetst en de eenheid (uur, half uur) is onbekend.",
                Source = "Geen Nederlandse bron gevonden; het gewicht is instelbaar",
                Predictive = Predictiveness.Unverified,
            },
            new()
            {
                Code = IndicatorCodes.AddressOnArrival,
                Label = "Adres pas na afspraak",
                Weight = 0.05,
                Rationale = "Het Rotterdamse team ziet adres-bij-aankomst bij uitbuiting, maar ook zelfstandige werkers doen dit uit veiligheid; laag gewicht.",
                Source = "sprankmagazine.nl (Rotterdam)",
                Predictive = Predictiveness.Unverified,
                Phrases =
                [
                    "adres na afspraak", "adres bij aankomst", "adres volgt", "adres op aanvraag", "locatie na afspraak",
                    "address on arrival", "address after booking", "address on request", "address will be sent",
                ],
            },
            new()
            {
                Code = IndicatorCodes.NewInTown,
                Label = "'Nieuw in de stad'",
                Weight = 0.02,
                Rationale = "Amerikaans onderzoek vond 'new in town' juist 70% minder vaak bij mensenhandel; alleen zichtbaar gehouden, vrijwel zonder gewicht.",
                Source = "JRSA/NIJ (nij.ojp.gov; ojp.gov NCJ 305699)",
                Predictive = Predictiveness.No,
                Phrases =
                [
                    "new in town", "nieuw in de stad", "nieuw in town", "net nieuw", "new girl", "nieuw meisje",
                    "just arrived", "net aangekomen", "nieuw hier", "new here",
                ],
            },
        ],
    };
}
