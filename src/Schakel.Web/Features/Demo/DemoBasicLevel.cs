using Microsoft.EntityFrameworkCore;
using Schakel.Core.BasicLevel;
using Schakel.Core.Organisations;
using Schakel.Web.Features.BasicLevel;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Demo;

/// <summary>
/// A believable state of affairs for the demo region: large municipalities further along than small ones, a few action
/// points, sessions held and a register of who to call. People and phone numbers are fictional.
/// </summary>
public static class DemoBasicLevel
{
    // Per municipality the codes that are done; the next two in the list are "mee bezig".
    private static readonly Dictionary<string, (string[] Done, string[] Busy)> Progress = new()
    {
        ["Zwolle"] = (["AF_AANGESTELD", "MELDROUTE", "BELEIDSPLAN", "PARTNERS", "TRAINING", "VIER_VORMEN", "REGIONALE_TAFELS", "AANSLUITING_REGIO"], ["DRIEHOEK", "INFORMATIEDELING"]),
        ["Deventer"] = (["AF_AANGESTELD", "MELDROUTE", "BELEIDSPLAN", "TRAINING", "OMGEVINGSSCAN", "DRIEHOEK"], ["PARTNERS", "OPVANG"]),
        ["Kampen"] = (["AF_AANGESTELD", "MELDROUTE", "VIER_VORMEN"], ["TRAINING"]),
        ["Hardenberg"] = (["AF_AANGESTELD", "MELDROUTE"], ["BELEIDSPLAN", "OMGEVINGSSCAN"]),
        ["Raalte"] = (["AF_AANGESTELD"], ["MELDROUTE"]),
        ["Steenwijkerland"] = (["AF_AANGESTELD", "TRAINING"], ["MELDROUTE"]),
        ["Dalfsen"] = (["AF_AANGESTELD"], []),
        ["Ommen"] = ([], ["AF_AANGESTELD"]),
    };

    public static async Task SeedAsync(SchakelDb db, IReadOnlyDictionary<string, int> organisations, DateTimeOffset now, CancellationToken ct)
    {
        var today = DutchTime.Day(now);
        var blocks = await db.Set<BuildingBlock>().ToDictionaryAsync(b => b.Code, b => b.Id, ct);
        var step = 0;
        foreach (var (municipality, (done, busy)) in Progress)
        {
            foreach (var code in done.Where(blocks.ContainsKey))
            {
                step++;
                var record = new MunicipalBuildingBlock
                {
                    MunicipalityId = organisations[municipality], BuildingBlockId = blocks[code],
                    Date = today.AddDays(-30 - (step * 17 % 400)), Evidence = Evidence(code, municipality),
                    RecordedBy = "Demogegevens", RecordedAt = now,
                };
                record.ChangeStatus(BuildingBlockStatus.Done);
                db.Add(record);
            }
            foreach (var code in busy.Where(blocks.ContainsKey))
            {
                var record = new MunicipalBuildingBlock
                {
                    MunicipalityId = organisations[municipality], BuildingBlockId = blocks[code],
                    Note = "Loopt; zie actiepunten.", RecordedBy = "Demogegevens", RecordedAt = now,
                };
                record.ChangeStatus(BuildingBlockStatus.InProgress);
                db.Add(record);
            }
        }

        var year = today.Year + 1;
        void Action(string? municipality, string what, string term, string owner, ActionPointStatus status, string? todo, string? block = null)
        {
            var parsed = ActionTerm.Parse(term)!;
            var point = new ActionPoint
            {
                MunicipalityId = municipality is null ? null : organisations[municipality], Description = what, Term = parsed.Text, DueBy = parsed.DueBy,
                Owner = owner, ToDo = todo, BuildingBlockId = block is null ? null : blocks.GetValueOrDefault(block),
                RecordedBy = "Demogegevens", CreatedAt = now,
            };
            point.ChangeStatus(status);
            db.Add(point);
        }
        Action(null, "Regionaal meerjarenplan aanpak mensenhandel 2027-2030 opstellen", $"{year}-Q2", "Ketenregisseur", ActionPointStatus.InProgress, "Concept bespreken in het portefeuillehoudersoverleg");
        Action(null, "Jaarlijkse regionale training aandachtsfunctionarissen organiseren", $"{year}-Q1", "Ketenregisseur", ActionPointStatus.Open, "Datum en locatie vastleggen met Fier");
        Action("Zwolle", "Onderwerp twee keer per jaar op de agenda van de lokale driehoek", $"{year}-Q2", "Beleidsadviseur OOV", ActionPointStatus.InProgress, "Tweede bespreking inplannen", "DRIEHOEK");
        Action("Deventer", "Samenwerkingsafspraken met zorgpartners vastleggen", $"{year}-Q1", "Aandachtsfunctionaris", ActionPointStatus.Open, null, "PARTNERS");
        Action("Kampen", "Training frontlijnmedewerkers KCC en wijkteam", $"{year}-Q1", "Teamleider sociaal domein", ActionPointStatus.Open, "Aanmelden bij e-learning", "TRAINING");
        Action("Hardenberg", "Risicoanalyse kwetsbare sectoren (agrarisch, logistiek) uitvoeren", $"{year}-Q3", "Adviseur openbare orde", ActionPointStatus.Open, null, "OMGEVINGSSCAN");

        var trainings = await db.Set<Training>().ToDictionaryAsync(t => t.Name, t => t.Id, ct);
        int? T(string name) => trainings.TryGetValue(name, out var id) ? id : null;
        void Session(string org, string training, int daysAgo, string group, int reached) =>
            db.Add(new TrainingSession
            {
                OrganisationId = organisations[org], TrainingId = T(training), Title = T(training) is null ? training : null, Date = today.AddDays(-daysAgo),
                TargetGroup = group, Reached = reached, RecordedBy = "Demogegevens", CreatedAt = now,
            });
        Session("Zwolle", "Herkennen van signalen mensenhandel", 60, "KCC", 18);
        Session("Zwolle", "Bewustwording mensenhandel voor boa's", 120, "BOA", 12);
        Session("Zwolle", "Criminele uitbuiting van jongeren herkennen", 200, "SCHOLEN", 35);
        Session("Deventer", "Herkennen van signalen mensenhandel", 90, "WIJKTEAM", 22);
        Session("Deventer", "Voorlichting arbeidsuitbuiting en slecht werkgeverschap", 150, "VERGUNNINGEN", 9);
        Session("Steenwijkerland", "E-learning signaleren van mensenhandel", 240, "WIJKTEAM", 14);
        Session("Kampen", "Training loverboyproblematiek en seksuele uitbuiting voor jongerenwerkers", 300, "JONGERENWERK", 11);
        Session("Veilig Thuis IJsselland", "Herkennen van signalen mensenhandel", 45, "ZORG", 25);

        void Contact(string municipality, ContactRole role, string name, string? function, string? email, string? phone, bool publish, int? hours = null, string? partner = null) =>
            db.Add(new ContactPerson
            {
                MunicipalityId = organisations[municipality], Role = role, Name = name, Function = function, Email = email, Phone = phone,
                PublishPhone = publish, HoursPerWeek = hours, PartnerOrganisation = partner,
            });
        Contact("Zwolle", ContactRole.General, "Meldpunt gemeente Zwolle", "Klantcontactcentrum", "meldpunt@zwolle.example", "14 038", false);
        Contact("Zwolle", ContactRole.AttentionOfficerPolicy, "Sanne de Vries", "Beleidsadviseur openbare orde en veiligheid", "s.devries@zwolle.example", "06 1234 5601", true, 16);
        Contact("Zwolle", ContactRole.AttentionOfficerOperational, "Pieter Groen", "Consulent sociaal wijkteam", "p.groen@zwolle.example", "06 1234 5602", false, 8);
        Contact("Zwolle", ContactRole.Partner, "Wijkteam Zwolle-Zuid", "Sociaal wijkteam", "zuid@wijkteam.example", null, false, partner: "Sociaal wijkteam Zwolle");
        Contact("Deventer", ContactRole.General, "Meldpunt gemeente Deventer", "Klantcontactcentrum", "meldpunt@deventer.example", "14 0570", false);
        Contact("Deventer", ContactRole.AttentionOfficerPolicy, "Youssef El Amrani", "Adviseur veiligheid", "y.elamrani@deventer.example", "06 1234 5603", false, 12);
        Contact("Kampen", ContactRole.AttentionOfficerPolicy, "Ingrid Postma", "Beleidsmedewerker sociaal domein", "i.postma@kampen.example", "06 1234 5604", false, 6);
        Contact("Hardenberg", ContactRole.AttentionOfficerOperational, "Gerrit Nijland", "Coördinator gebiedsteam", "g.nijland@hardenberg.example", "06 1234 5605", true, 8);
        await db.SaveChangesAsync(ct);
    }

    private static string Evidence(string code, string municipality) => code switch
    {
        "AF_AANGESTELD" => $"Aanwijzingsbesluit aandachtsfunctionaris {municipality}",
        "MELDROUTE" => "Interne meldroute op intranet gepubliceerd en gemaild aan alle teams",
        "BELEIDSPLAN" => "Beleidsplan aanpak mensenhandel vastgesteld door het college",
        "TRAINING" => "Presentielijst training frontlijnmedewerkers",
        "OMGEVINGSSCAN" => "Rapport omgevingsscan kwetsbare sectoren",
        "DRIEHOEK" => "Verslagen lokale driehoek (voorjaar en najaar)",
        "PARTNERS" => "Ondertekend samenwerkingsconvenant",
        _ => "Vastgelegd in het verslag van het regionaal overleg",
    };
}
