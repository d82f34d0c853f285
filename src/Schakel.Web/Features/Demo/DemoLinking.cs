using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Web.Features.Linking;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Demo;

/// <summary>
/// Fictional signals whose persons link across municipalities, so the linking page has content: a phone number in
/// three notations (Zwolle, Deventer, Raalte), a licence plate with and without dashes, and a typo'd name with the
/// same date of birth. One link is already confirmed; confirming the next one puts the cluster on the table.
/// Beside it a network of different persons: a possible victim (care) and a possible perpetrator (police) who share a
/// phone and a car, already confirmed as "wel verband", and a third person (a neighbour's report) seen in that car, still
/// to be assessed. Confirming that relation puts the network on the table: no signal on its own would.
/// </summary>
public static class DemoLinking
{
    public static IReadOnlyList<DemoSignals.DemoSignal> Signals(Func<string, int> municipality, DateOnly today) =>
    [
        new("Kampen", new SignalDraft
        {
            MelderTypeCode = "POLITIE", ObservedOn = today.AddDays(-30), MunicipalityId = municipality("Kampen"),
            FormCodes = [ExploitationForms.Labour], SectorCode = "LAND_TUINBOUW",
            IndicatorCodes = ["ARB_HUISVESTING", "ARB_LANGE_DAGEN"],
            Description = "Bij een verkeerscontrole zitten zeven seizoenskrachten in een busje dat is ingericht voor vijf. De bestuurder zegt dat ze 'voor de baas' werken en dat hij hun loon beheert.",
            Subjects = [new SubjectDraft { Role = SubjectRole.PossibleVictim, FullName = "Dimitar Petrov", DateOfBirth = new DateOnly(1994, 7, 12), Gender = "M", Nationality = "Bulgaars", Phones = "+359 88 123 4567", WorksInMunicipalityId = municipality("Kampen") }],
        }, SignalStatus.InProgress, "Contact gezocht met de Arbeidsinspectie."),
        new("Dalfsen", new SignalDraft
        {
            MelderTypeCode = "ZORG", ObservedOn = today.AddDays(-9), MunicipalityId = municipality("Dalfsen"),
            FormCodes = [ExploitationForms.Labour],
            IndicatorCodes = ["ARB_SCHULD"],
            Description = "Een huisartsenpost ziet een man met een handblessure die niet naar het ziekenhuis durft omdat hij dan 'zijn schuld niet kan afbetalen'.",
            Subjects = [new SubjectDraft { Role = SubjectRole.PossibleVictim, FullName = "Dimitar Petrof", DateOfBirth = new DateOnly(1994, 7, 12), Gender = "M", LivesInMunicipalityId = municipality("Dalfsen") }],
        }, SignalStatus.New),
        new("Staphorst", new SignalDraft
        {
            MelderTypeCode = "BURGER", ObservedOn = today.AddDays(-4), MunicipalityId = municipality("Staphorst"),
            FormCodes = [ExploitationForms.Unclear],
            Description = "Een buurvrouw ziet dat een jonge man 's nachts wordt opgehaald en overdag slaapt in een schuur. Hij gaf haar zijn nummer toen hij om eten vroeg.",
            Subjects = [new SubjectDraft { Role = SubjectRole.PossibleVictim, FullName = "D. Petrov", Phones = "00359881234567" }],
        }, SignalStatus.New),
        new("Raalte", new SignalDraft
        {
            MelderTypeCode = "WERKGEVER", ObservedOn = today.AddDays(-15), MunicipalityId = municipality("Raalte"),
            FormCodes = [ExploitationForms.Labour], SectorCode = "LOGISTIEK",
            IndicatorCodes = ["ARB_ADRES"],
            Description = "Een werkgever vertelt dat een bemiddelaar uitzendkrachten brengt en hun loon contant wil ophalen; de krachten weten niet waar ze wonen.",
            Subjects = [new SubjectDraft { Role = SubjectRole.PossiblePerpetrator, FullName = "Jan Mol", Phones = "+31 6 1234 5678", LicensePlates = "vgl12k" }],
        }, SignalStatus.InProgress, "Werkgever gevraagd om namen en kentekens bij te houden."),
        new("Zwartewaterland", new SignalDraft
        {
            MelderTypeCode = "ZORG", ObservedOn = today.AddDays(-12), MunicipalityId = municipality("Zwartewaterland"),
            FormCodes = [ExploitationForms.Sexual],
            IndicatorCodes = ["SEKS_SPOREN"],
            Description = "Een verpleegkundige ziet een jonge vrouw met blauwe plekken; haar telefoon wordt steeds gebeld door 'haar vriend', die haar ook komt ophalen met de auto.",
            Subjects = [new SubjectDraft { Role = SubjectRole.PossibleVictim, FullName = "Lisa Verhoef", DateOfBirth = new DateOnly(2005, 3, 9), Gender = "V", Phones = "06-4127 8390", LicensePlates = "ZX-482-K", Handles = "@demo_lisa" }],
        }, SignalStatus.New),
        new("Olst-Wijhe", new SignalDraft
        {
            MelderTypeCode = "POLITIE", ObservedOn = today.AddDays(-7), MunicipalityId = municipality("Olst-Wijhe"),
            FormCodes = [ExploitationForms.Sexual],
            Description = "Bij een controle bij een parkeerplaats zit een man in een auto met meerdere telefoons; hij zegt 'vriendinnen' naar afspraken te brengen.",
            Subjects = [new SubjectDraft { Role = SubjectRole.PossiblePerpetrator, FullName = "Mo Bakkali", Phones = "+31 6 41278390", LicensePlates = "zx482k" }],
        }, SignalStatus.InProgress, "Gedeeld met de AF van Zwartewaterland."),
        new("Steenwijkerland", new SignalDraft
        {
            MelderTypeCode = "BURGER", ObservedOn = today.AddDays(-3), MunicipalityId = municipality("Steenwijkerland"),
            FormCodes = [ExploitationForms.Unclear],
            Description = "Een buurman ziet 's avonds steeds andere jonge vrouwen uit een auto stappen bij een vakantiehuisje; één van hen vroeg hem om hulp en zei dat ze Sanne heet.",
            Subjects = [new SubjectDraft { Role = SubjectRole.PossibleVictim, FullName = "Sanne Kuiper", LicensePlates = "ZX 482 K" }],
        }, SignalStatus.New),
    ];

    /// <summary>
    /// The ketenregisseur already confirmed that the two Petrov registrations are one person, and that the victim and the
    /// perpetrator sharing a phone and a car are two related persons.
    /// </summary>
    public static async Task ConfirmAsync(SchakelDb db, TimeProvider clock, CancellationToken cancellationToken)
    {
        await DecideAsync(db, clock, "Dimitar Petrov", "Dimitar Petrof", LinkStatus.Confirmed,
            "Zelfde geboortedatum en woonplaats bevestigd door de AF van Dalfsen; de achternaam is in één melding verkeerd gespeld.", cancellationToken);
        await DecideAsync(db, clock, "Lisa Verhoef", "Mo Bakkali", LinkStatus.Related,
            "Zelfde telefoon en auto: volgens de politie haalt hij haar op. Slachtoffer en mogelijke dader, twee personen.", cancellationToken);
    }

    private static async Task DecideAsync(SchakelDb db, TimeProvider clock, string nameA, string nameB, LinkStatus decision, string reason, CancellationToken cancellationToken)
    {
        var ids = await db.Subjects.Where(s => s.FullName == nameA || s.FullName == nameB).Select(s => s.Id).ToListAsync(cancellationToken);
        if (ids.Count != 2)
        {
            return;
        }
        var (a, b) = (ids.Min(), ids.Max());
        var link = await db.Set<SubjectLink>().FirstOrDefaultAsync(l => l.SubjectAId == a && l.SubjectBId == b, cancellationToken);
        if (link is null)
        {
            return;
        }
        link.Decide(decision, new Core.Common.Actor(null, "Demogegevens"), reason, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
