namespace Schakel.Core.Reference;

/// <summary>
/// The reference lists a new installation starts with. Forms and indicators follow the Dutch signal lists named in
/// docs/glossary.md (CoMensha/CKM/Arbeidsinspectie lists as restated by the regional plans); melder types follow
/// CoMensha's referrer types, sectors the HTCDS/CoMensha sector list.
/// </summary>
public static class DefaultCatalog
{
    public static IReadOnlyList<ReferenceItem> Items { get; } = BuildItems();

    public static IReadOnlyList<Indicator> Indicators { get; } = BuildIndicators();

    private static List<ReferenceItem> BuildItems()
    {
        var items = new List<ReferenceItem>();
        void Add(ReferenceList list, string code, string label) =>
            items.Add(new ReferenceItem { List = list, Code = code, Label = label, SortOrder = items.Count(i => i.List == list) + 1 });

        Add(ReferenceList.ExploitationForm, ExploitationForms.Sexual, "Seksuele uitbuiting");
        Add(ReferenceList.ExploitationForm, ExploitationForms.Labour, "Arbeidsuitbuiting");
        Add(ReferenceList.ExploitationForm, ExploitationForms.Criminal, "Criminele uitbuiting");
        Add(ReferenceList.ExploitationForm, ExploitationForms.OrganRemoval, "Gedwongen orgaanverwijdering");
        Add(ReferenceList.ExploitationForm, ExploitationForms.Unclear, "Onduidelijk");
        Add(ReferenceList.ExploitationForm, ExploitationForms.PoorEmployment, "Slecht werkgeverschap (geen mensenhandel)");
        Add(ReferenceList.ExploitationForm, ExploitationForms.UndesirableSituation, "Onwenselijke situatie (geen mensenhandel)");

        Add(ReferenceList.MelderType, "POLITIE", "Politie");
        Add(ReferenceList.MelderType, "KMAR", "Koninklijke Marechaussee");
        Add(ReferenceList.MelderType, "NLA", "Nederlandse Arbeidsinspectie");
        Add(ReferenceList.MelderType, "ZORGCOORDINATIE", "Zorgcoördinatie");
        Add(ReferenceList.MelderType, "FAIRWORK", "FairWork");
        Add(ReferenceList.MelderType, "GEMEENTE", "Gemeente (medewerker)");
        Add(ReferenceList.MelderType, "WIJKTEAM", "Wijk- of gebiedsteam");
        Add(ReferenceList.MelderType, "VEILIG_THUIS", "Veilig Thuis");
        Add(ReferenceList.MelderType, "ONDERWIJS", "Onderwijs");
        Add(ReferenceList.MelderType, "ZORG", "Zorgverlener (huisarts, GGZ, ziekenhuis)");
        Add(ReferenceList.MelderType, "OPVANG_AZC", "Opvang / azc");
        Add(ReferenceList.MelderType, "ADVOCATUUR", "Advocatuur");
        Add(ReferenceList.MelderType, "WERKGEVER", "Werkgever of bedrijf");
        Add(ReferenceList.MelderType, "BURGER", "Burger");
        Add(ReferenceList.MelderType, "SLACHTOFFER", "Cliënt / slachtoffer zelf");
        Add(ReferenceList.MelderType, "ANONIEM", "Anoniem");
        Add(ReferenceList.MelderType, "OVERIG", "Overig");

        Add(ReferenceList.Sector, "PROSTITUTIE_VERGUND", "Prostitutie (vergund)");
        Add(ReferenceList.Sector, "PROSTITUTIE_ONVERGUND", "Prostitutie (niet vergund, thuis of escort)");
        Add(ReferenceList.Sector, "WEBCAM", "Webcam / online");
        Add(ReferenceList.Sector, "MASSAGE", "Massagesalon");
        Add(ReferenceList.Sector, "HORECA", "Horeca");
        Add(ReferenceList.Sector, "LAND_TUINBOUW", "Land- en tuinbouw");
        Add(ReferenceList.Sector, "BOUW", "Bouw");
        Add(ReferenceList.Sector, "SCHOONMAAK", "Schoonmaak");
        Add(ReferenceList.Sector, "LOGISTIEK", "Logistiek en distributie");
        Add(ReferenceList.Sector, "VLEES", "Vleesverwerking");
        Add(ReferenceList.Sector, "TRANSPORT", "Transport");
        Add(ReferenceList.Sector, "HUISHOUDELIJK", "Huishoudelijk werk / au pair");
        Add(ReferenceList.Sector, "SCHOONHEID", "Nagelstudio, kapper, schoonheidssalon");
        Add(ReferenceList.Sector, "DRUGS", "Drugsproductie of -handel");
        Add(ReferenceList.Sector, "DIEFSTAL", "Diefstal, zakkenrollen, inbraak");
        Add(ReferenceList.Sector, "FRAUDE", "Fraude, geldezel, katvanger");
        Add(ReferenceList.Sector, "BEDELARIJ", "Bedelarij");
        Add(ReferenceList.Sector, "OVERIG", "Overig");
        Add(ReferenceList.Sector, "ONBEKEND", "Onbekend");
        return items;
    }

    private static List<Indicator> BuildIndicators()
    {
        var list = new List<Indicator>();
        void Add(string form, string code, string label, int weight, bool critical = false) =>
            list.Add(new Indicator
            {
                FormCode = form, Code = code, Label = label, Weight = weight, Critical = critical,
                SortOrder = list.Count(i => i.FormCode == form) + 1,
            });

        const string g = ExploitationForms.General;
        Add(g, "ALG_MINDERJARIG", "Er is een minderjarige betrokken", 4, critical: true);
        Add(g, "ALG_GEWELD", "Geweld of bedreiging", 4, critical: true);
        Add(g, "ALG_DOCUMENTEN", "Identiteitsdocumenten ingenomen", 4, critical: true);
        Add(g, "ALG_VRIJHEID", "Geen bewegingsvrijheid", 4, critical: true);

        const string s = ExploitationForms.Sexual;
        Add(s, "SEKS_UITERLIJK", "Plots uitdagend uiterlijk, nieuwe kleding", 1);
        Add(s, "SEKS_VERMAGERD", "Moe, vermagerd", 1);
        Add(s, "SEKS_SPOREN", "Sporen van geweld, zelfverwonding of tatoeages (brandmerk)", 3);
        Add(s, "SEKS_GELD", "Opeens veel geld of dure spullen", 1);
        Add(s, "SEKS_GEBELD", "Wordt veel gebeld, moet altijd bereikbaar zijn", 2);
        Add(s, "SEKS_CONTACTEN", "Oudere of controlerende contacten; wordt opgewacht", 2);
        Add(s, "SEKS_WEGLOPEN", "Wegloopgedrag, schoolverzuim", 2);
        Add(s, "SEKS_PASPOORT", "Geen beschikking over eigen paspoort", 3);
        Add(s, "SEKS_AFDRACHT", "Verdiensten afdragen, dagminimum", 3);
        Add(s, "SEKS_SCHULD", "Hoge reis- of overnameschuld", 3);
        Add(s, "SEKS_BEWAKING", "Begeleiding of bewaking, beperkte bewegingsvrijheid", 3);
        Add(s, "SEKS_FAMILIE", "Bedreiging van familie in herkomstland", 3);

        const string a = ExploitationForms.Labour;
        Add(a, "ARB_GEVAARLIJK", "Gevaarlijk werk", 1);
        Add(a, "ARB_LANGE_DAGEN", "Structureel lange dagen", 1);
        Add(a, "ARB_ONDERBETALING", "Onderbetaling of niet betaald", 2);
        Add(a, "ARB_ID", "ID ingehouden door werkgever", 3);
        Add(a, "ARB_BELOFTEN", "Valse beloften bij werving", 2);
        Add(a, "ARB_MISHANDELING", "Mishandeling of dreiging", 3);
        Add(a, "ARB_SCHULD", "Schuld aan werkgever voor reis, bemiddeling of huur", 3);
        Add(a, "ARB_BANKPAS", "Geen controle over bankpas; loon teruggepind", 3);
        Add(a, "ARB_ZWART", "Zwart, onverzekerd werk", 1);
        Add(a, "ARB_HUISVESTING", "Huisvesting via werkgever of in bedrijfspand", 2);
        Add(a, "ARB_ADRES", "Kent eigen adres niet", 2);
        Add(a, "ARB_BOETES", "Boetes of inhoudingen op loon", 2);
        Add(a, "ARB_ISOLATIE", "Spreekt geen Nederlands of Engels, kent rechten niet", 1);
        Add(a, "ARB_INWONEND", "Au pair of inwonende hulp: altijd beschikbaar, te veel uren", 2);

        const string c = ExploitationForms.Criminal;
        Add(c, "CRIM_SPIJBELEN", "Spijbelen, schooluitval", 1);
        Add(c, "CRIM_TELEFOONS", "Meerdere telefoons", 2);
        Add(c, "CRIM_GELD", "Onverklaarbaar geld of dure kleding", 1);
        Add(c, "CRIM_SPULLEN", "Drugs, gestolen goederen of wapens zonder voorgeschiedenis", 2);
        Add(c, "CRIM_VERVOER", "Wordt gehaald en gebracht per scooter of auto", 2);
        Add(c, "CRIM_CONTACTEN", "Oudere of criminele contacten", 2);
        Add(c, "CRIM_RITME", "Verstoord dag-nachtritme, verblijf in hotelkamers", 1);
        Add(c, "CRIM_PINPAS", "Pinpas afgestaan (geldezel)", 3);
        Add(c, "CRIM_KATVANGER", "Rekeningen of abonnementen op eigen naam (katvanger)", 3);
        Add(c, "CRIM_DRUKMIDDEL", "Schuld of naaktbeelden als drukmiddel", 3);
        Add(c, "CRIM_KWETSBAAR", "LVB, verslaving of schulden", 2);
        Add(c, "CRIM_KIND_NETWERK", "Kind zonder ouders of verblijfplaats, zakkenrollen", 3);

        const string o = ExploitationForms.OrganRemoval;
        Add(o, "ORG_BENADERD", "Benaderd om een nier of ander orgaan te verkopen", 3);
        Add(o, "ORG_BEDREIGD", "Bedreigd met verwijdering van een orgaan", 4, critical: true);
        Add(o, "ORG_SCHULD", "Orgaan als betaling van een smokkelschuld", 3);
        Add(o, "ORG_LITTEKEN", "Onverklaard operatielitteken", 2);
        Add(o, "ORG_BUITENLAND", "Transplantatie in het buitenland, gekochte nier", 2);
        Add(o, "ORG_AZC", "Azc-bewoner, jonge man uit conflictgebied", 1);
        return list;
    }
}
