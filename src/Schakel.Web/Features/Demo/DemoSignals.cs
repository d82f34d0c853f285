using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Web.Features.Signals;

namespace Schakel.Web.Features.Demo;

/// <summary>A handful of realistic, entirely fictional signals so every screen of the demo has content.</summary>
public static class DemoSignals
{
    public sealed record DemoSignal(string Municipality, SignalDraft Draft, SignalStatus Status, string? Reason = null);

    public static IReadOnlyList<DemoSignal> Build(Func<string, int> municipality, DateOnly today) =>
    [
        new("Zwolle", new SignalDraft
        {
            MelderTypeCode = "WIJKTEAM", ObservedOn = today.AddDays(-6), MunicipalityId = municipality("Zwolle"),
            FormCodes = [ExploitationForms.Labour], SectorCode = "LOGISTIEK",
            IndicatorCodes = ["ARB_HUISVESTING", "ARB_SCHULD", "ARB_LANGE_DAGEN", "ARB_ADRES"],
            Description = "Bij een huisbezoek trof het wijkteam negen arbeidsmigranten in één woning aan. Ze werken via hetzelfde uitzendbureau in een distributiecentrum, de huur wordt op het loon ingehouden en enkelen kennen hun eigen adres niet.",
            Subjects =
            [
                new SubjectDraft { Role = SubjectRole.PossibleVictim, FullName = "Andrzej Kowalski", AgeGroup = AgeGroups.Age24To30, Gender = "M", Nationality = "Pools", Street = "Assendorperstraat", HouseNumber = "114", Postcode = "8012 DJ", City = "Zwolle", LivesInMunicipalityId = municipality("Zwolle"), WorksInMunicipalityId = municipality("Kampen"), Phones = "+48 601 234 567" },
                new SubjectDraft { Role = SubjectRole.PossiblePerpetrator, FullName = "J. Mol (bemiddelaar)", Phones = "06-12345678", LicensePlates = "VGL-12-K" },
            ],
        }, SignalStatus.New),
        new("Deventer", new SignalDraft
        {
            MelderTypeCode = "ZORG", ObservedOn = today.AddDays(-2), MunicipalityId = municipality("Deventer"),
            FormCodes = [ExploitationForms.Sexual], SectorCode = "PROSTITUTIE_ONVERGUND",
            IndicatorCodes = ["ALG_MINDERJARIG", "SEKS_GEBELD", "SEKS_CONTACTEN", "SEKS_GELD"],
            Description = "Een huisarts ziet een meisje van 16 dat steeds wordt gebeld en wordt opgewacht door een oudere man in een auto. Ze heeft sinds kort dure spullen.",
            IsAcute = true, AcuteBy = AcuteActor.PoliceOrProsecution, AcuteIntervention = "Politie heeft contact gelegd en het meisje met toestemming van ouders tijdelijk veilig ondergebracht.",
            Subjects =
            [
                new SubjectDraft { Role = SubjectRole.PossibleVictim, FullName = "Lotte", AgeGroup = AgeGroups.Minor, Gender = "V", LivesInMunicipalityId = municipality("Deventer"), FoundInMunicipalityId = municipality("Zwolle"), Handles = "@lotte.xo" },
                new SubjectDraft { Role = SubjectRole.PossiblePerpetrator, Gender = "M", AgeGroup = AgeGroups.Age24To30, LicensePlates = "K-123-BB", Phones = "0612345678" },
            ],
        }, SignalStatus.InProgress),
        new("Kampen", new SignalDraft
        {
            MelderTypeCode = "ONDERWIJS", ObservedOn = today.AddDays(-20), MunicipalityId = municipality("Kampen"),
            FormCodes = [ExploitationForms.Criminal], SectorCode = "DRUGS",
            IndicatorCodes = ["CRIM_SPIJBELEN", "CRIM_TELEFOONS", "CRIM_VERVOER", "CRIM_CONTACTEN"],
            Description = "Mentor meldt een leerling van 15 die veel verzuimt, twee telefoons heeft en na school met een scooter wordt opgehaald door oudere jongens.",
            Subjects = [new SubjectDraft { Role = SubjectRole.PossibleVictim, AgeGroup = AgeGroups.Minor, Gender = "M", LivesInMunicipalityId = municipality("Kampen") }],
        }, SignalStatus.RegisteredForTable, "Vermoeden versterkt na gesprek met leerplicht en wijkagent."),
        new("Hardenberg", new SignalDraft
        {
            Kind = SignalKind.AdviceQuestion, MelderTypeCode = "WERKGEVER", ObservedOn = today.AddDays(-3), MunicipalityId = municipality("Hardenberg"),
            FormCodes = [ExploitationForms.Labour], SectorCode = "LAND_TUINBOUW",
            Description = "Een teler vraagt wat hij moet doen: een seizoenskracht vertelt dat zijn vorige werkgever zijn paspoort nog heeft.",
        }, SignalStatus.New),
        new("Raalte", new SignalDraft
        {
            MelderTypeCode = "BURGER", ObservedOn = today.AddDays(-40), MunicipalityId = municipality("Raalte"),
            FormCodes = [ExploitationForms.PoorEmployment], SectorCode = "HORECA",
            IndicatorCodes = ["ARB_ZWART", "ARB_LANGE_DAGEN"],
            Description = "Buurman ziet dat het personeel van een restaurant tot laat doorwerkt en contant wordt betaald.",
        }, SignalStatus.HandledLocally, "Geen aanwijzingen voor uitbuiting; doorverwezen naar Arbeidsinspectie voor controle op slecht werkgeverschap."),
        new("", new SignalDraft
        {
            MelderTypeCode = "ANONIEM", ObservedOn = today.AddDays(-1),
            FormCodes = [ExploitationForms.Unclear],
            Description = "Anonieme melding via het openbare formulier: in een woning aan de rand van de stad komen 's nachts steeds andere mannen, ramen zijn afgeplakt.",
            Subjects = [new SubjectDraft { Role = SubjectRole.Other, Street = "Industrieweg", City = "onbekend" }],
        }, SignalStatus.New),
        new("Zwolle", new SignalDraft
        {
            MelderTypeCode = "POLITIE", ObservedOn = today.AddDays(-12), MunicipalityId = municipality("Zwolle"),
            FormCodes = [ExploitationForms.Sexual], SectorCode = "MASSAGE",
            IndicatorCodes = ["SEKS_BEWAKING", "SEKS_PASPOORT", "SEKS_AFDRACHT"],
            Description = "Wijkagent ziet bij een massagesalon vrouwen die niet zelfstandig naar buiten gaan; een medewerker zegt haar paspoort 'in bewaring' te hebben gegeven.",
            Subjects = [new SubjectDraft { Role = SubjectRole.PossibleVictim, Gender = "V", AgeGroup = AgeGroups.Age18To23, Nationality = "Chinees", WorksInMunicipalityId = municipality("Zwolle"), LivesInMunicipalityId = municipality("Deventer") }],
        }, SignalStatus.RegisteredForTable, "Kritieke indicatoren (paspoort, bewaking); bespreken aan de weeg- en monitortafel."),
    ];
}
