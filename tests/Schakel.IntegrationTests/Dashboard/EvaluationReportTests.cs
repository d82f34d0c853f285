using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Care;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Testing;
using static Schakel.IntegrationTests.Dashboard.EvaluationFixture;

namespace Schakel.IntegrationTests.Dashboard;

/// <summary>The CoMensha export and the annual report over the hand-counted fixture of <see cref="EvaluationFixture"/>.</summary>
public sealed class EvaluationReportTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private Task FixtureAsync() => EnsureAsync(factory);

    [Fact]
    public async Task The_CoMensha_export_holds_only_consented_victims_without_identifiers_and_says_who_was_left_out()
    {
        await FixtureAsync();
        var zorg = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");

        var page = await zorg.GetHtmlAsync($"/dashboard/comensha?{Year2012}");
        page.ShouldContain("Opgenomen: 1 mogelijk slachtoffer(s) met geldige toestemming.");
        page.ShouldContain("Niet opgenomen: 3 mogelijk slachtoffer(s)");
        page.ShouldContain("(2 zonder vastgelegde toestemming, 1 met ingetrokken toestemming)");

        var csv = await (await zorg.GetAsync($"/dashboard/comensha.csv?{Year2012}")).Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\n')).ToList();
        if (lines.Count == 1)
        {
            lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        }
        lines.Count.ShouldBe(2);
        lines[0].ShouldStartWith("Nr;Datum aanmelding;Uitbuitingsvorm;Sector;Geslacht;Leeftijdsgroep;Minderjarig;Nationaliteit");
        var cells = lines[1].Split(';');
        cells[1].ShouldBe("2012-02-01");
        cells[4].ShouldBe("Vrouw");
        cells[6].ShouldBe("ja");
        cells[7].ShouldBe("Pools");
        cells[8].ShouldBe("EU/EER (zonder Nederland)");
        cells[11].ShouldBe("2012-02-15");
        csv.ShouldNotContain(VictimName);

        using var workbook = new XLWorkbook(await (await zorg.GetAsync($"/dashboard/comensha.xlsx?{Year2012}")).Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet("CoMensha");
        sheet.Cell(2, 1).GetString().ShouldContain("1 met ingetrokken toestemming");
        sheet.Cell(5, 8).GetString().ShouldBe("Pools");
        sheet.Cell(6, 1).GetString().ShouldBeEmpty();
        sheet.CellsUsed().Select(c => c.GetString()).ShouldNotContain(VictimName);

        var audited = await factory.WithAsync(db => db.AuditEntries.Where(a => a.RecordType == "CoMensha" && a.Action == AuditAction.Export).Select(a => a.Details).ToListAsync());
        audited.ShouldContain(d => d != null && d.StartsWith("csv 2012-01-01..2012-12-31: 1 opgenomen, 2 zonder toestemming, 1 ingetrokken", StringComparison.Ordinal));

        var bestuurder = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        (await bestuurder.GetAsync($"/dashboard/comensha.csv?{Year2012}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Consent_counts_on_the_day_of_the_export_so_a_later_withdrawal_takes_the_person_out()
    {
        await FixtureAsync();
        var zorg = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        var consentId = await factory.WithAsync(db => db.Set<Consent>()
            .Where(c => c.Scope == ConsentScope.CoMenshaReport && c.WithdrawnOn == null && db.Set<CareFile>().Any(f => f.Id == c.CareFileId && f.OpenedAt < new DateTimeOffset(2013, 1, 1, 0, 0, 0, TimeSpan.Zero) && f.OpenedAt >= new DateTimeOffset(2012, 1, 1, 0, 0, 0, TimeSpan.Zero)))
            .Select(c => c.Id).SingleAsync());
        try
        {
            await factory.WithAsync(async db =>
            {
                var c = await db.Set<Consent>().SingleAsync(x => x.Id == consentId);
                c.WithdrawnOn = DateOnly.FromDateTime(factory.Now.UtcDateTime);
                return await db.SaveChangesAsync();
            });
            var page = await zorg.GetHtmlAsync($"/dashboard/comensha?{Year2012}");
            page.ShouldContain("Opgenomen: 0 mogelijk slachtoffer(s)");
            page.ShouldContain("(2 zonder vastgelegde toestemming, 2 met ingetrokken toestemming)");
        }
        finally
        {
            await factory.WithAsync(async db =>
            {
                var c = await db.Set<Consent>().SingleAsync(x => x.Id == consentId);
                c.WithdrawnOn = null;
                return await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task The_annual_report_answers_the_three_questions_with_hand_counted_figures()
    {
        await FixtureAsync();
        var keten = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var html = await keten.GetHtmlAsync("/dashboard/jaarverslag?jaar=2012");
        html.ShouldContain("Jaarverslag aanpak mensenhandel 2012");
        html.ShouldContain("1. Doelbereik");
        html.ShouldContain("2. Efficiëntie");
        html.ShouldContain("3. Effectiviteit");
        html.ShouldContain("<li class=\"utrecht-unordered-list__item\">Meldingen: 7</li>");
        // Decisions after 10 and 3 days: median 6.5, 80% within 10.
        html.ShouldContain("<td class=\"utrecht-table__cell\">6.5 dagen</td>");
        html.ShouldContain("<td class=\"utrecht-table__cell\">10 dagen</td>");
        // Four care files opened 4 days after the case: one per case counts.
        html.ShouldContain("<td class=\"utrecht-table__cell\">4 dagen</td>");
        var actions = html[html.IndexOf("data-testid=\"table-acties\"", StringComparison.Ordinal)..];
        Cell(actions, "Op tijd afgerond").ShouldBe("1");
        Cell(actions, "Te laat afgerond").ShouldBe("1");
        Cell(html[html.IndexOf("data-testid=\"table-casussen-gemeente\"", StringComparison.Ordinal)..], "Zwolle").ShouldBe("1");
        html.ShouldContain("data-testid=\"table-basisniveau\"");

        var bestuurder = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var masked = await bestuurder.GetHtmlAsync("/dashboard/jaarverslag?jaar=2012");
        masked.ShouldContain("te weinig (&lt;5)");
        masked.ShouldNotContain("6.5 dagen");
        Cell(masked[masked.IndexOf("data-testid=\"table-acties\"", StringComparison.Ordinal)..], "Te laat afgerond").ShouldBe("&lt;5");

        var bad = await keten.GetAsync("/dashboard/jaarverslag?jaar=tweeduizend");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).ShouldContain("Kies een jaar van 2000 tot en met");
    }
}
