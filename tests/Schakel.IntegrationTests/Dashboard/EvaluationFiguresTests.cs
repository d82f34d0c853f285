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

namespace Schakel.IntegrationTests.Dashboard;

/// <summary>
/// A hand-counted fixture in 2012 and 2013, years the demo data does not touch:
/// 6 meldingen in Zwolle on 1 Feb 2012, each with one possible victim living in Zwolle and working in Kampen, with the
/// nationalities "Pools", "Poolse", "POL", "Bulgaars", "Roemeens" (EU/EER) and "Nigeriaans" (Afrika);
/// 1 melding in Deventer on 1 Mar 2012 with two possible victims, "Chinees" (Azië) and "staatloos" (onbekend), both
/// living and working in Deventer.
/// The first Zwolle melding became a case on 11 Feb 2012 (decided 10 days after receipt) that is still open, so its
/// victim is still in view in 2013; the second Zwolle melding was decided on 4 Feb (3 days).
/// Care files on the case, opened 15 Feb 2012 (4 days after the decision): A with valid CoMensha consent, B with a
/// consent withdrawn on 1 Jun 2012, C with no consent at all, D with only a consent to share with a partner.
/// Table actions due in 2012: one done on time, one done late.
/// </summary>
public sealed class EvaluationFiguresTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Year2012 = "from=2012-01-01&to=2012-12-31";
    private const string Figures2012 = "period=2012";
    private const string Figures2013 = "period=2013";
    private const string VictimName = "Fixtuur Tweeduizendtwaalf";

    private static DateTimeOffset On(int month, int day) => new(2012, month, day, 10, 0, 0, TimeSpan.Zero);

    private async Task FixtureAsync()
    {
        await factory.WithAsync(async db =>
        {
            if (await db.Signals.AnyAsync(s => s.Reference.StartsWith("FIX-2012-")))
            {
                return 0;
            }
            // All or nothing: a half-made fixture would be taken as present by the next test.
            await using var tx = await db.Database.BeginTransactionAsync();
            var form = await db.ReferenceItems.Where(r => r.List == ReferenceList.ExploitationForm).OrderBy(r => r.SortOrder).Select(r => r.Code).FirstAsync();
            var melder = await db.ReferenceItems.Where(r => r.List == ReferenceList.MelderType).OrderBy(r => r.SortOrder).Select(r => r.Code).FirstAsync();
            int Id(string name) => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).Single();
            var (zwolle, kampen, deventer) = (Id("Zwolle"), Id("Kampen"), Id("Deventer"));
            var n = 0;
            Signal New(int municipality, DateTimeOffset at) => new Signal
            {
                Reference = $"FIX-2012-{++n}", Kind = SignalKind.Report, MelderTypeCode = melder, MunicipalityId = municipality, ReceivedAt = at,
                Forms = [new SignalForm { FormCode = form }],
            }.Stored(s => s.Status, SignalStatus.HandledLocally);
            var zwolleSignals = new List<Signal>();
            foreach (var nationality in new[] { "Pools", "Poolse", "POL", "Bulgaars", "Roemeens", "Nigeriaans" })
            {
                var s = New(zwolle, On(2, 1));
                s.Subjects.Add(new Subject { Gender = "V", AgeGroup = AgeGroups.Age18To23, Nationality = nationality, LivesInMunicipalityId = zwolle, WorksInMunicipalityId = kampen });
                zwolleSignals.Add(s);
                db.Signals.Add(s);
            }
            var deventerSignal = New(deventer, On(3, 1));
            deventerSignal.Subjects.Add(new Subject { Gender = "M", Nationality = "Chinees", LivesInMunicipalityId = deventer, WorksInMunicipalityId = deventer });
            deventerSignal.Subjects.Add(new Subject { Gender = "M", Nationality = "staatloos", LivesInMunicipalityId = deventer, WorksInMunicipalityId = deventer });
            db.Signals.Add(deventerSignal);
            // The person of care file A is named and a minor: the export must carry neither the name nor the birth date.
            zwolleSignals[0].Subjects[0].FullName = VictimName;
            zwolleSignals[0].Subjects[0].AgeGroup = AgeGroups.Minor;
            await db.SaveChangesAsync();

            var table = await db.Set<RegionalTable>().FirstAsync();
            var owner = await db.Users.Where(u => u.Email == "procesregisseur@demo.schakel.nl").Select(u => u.Id).SingleAsync();
            var meeting = new TableMeeting { TableId = table.Id, StartsAt = On(2, 4) };
            db.Add(meeting);
            var tableCase = new TableCase { Reference = "FIX-2012-CASE", TableId = table.Id, MunicipalityId = zwolle, OpenedAt = On(2, 11) };
            tableCase.Tracks.Add(new CaseTrack { Kind = TrackKind.Care, Status = TrackStatus.Open, OpenedAt = On(2, 11) });
            db.Add(tableCase);
            await db.SaveChangesAsync();
            zwolleSignals[0].CaseId = tableCase.Id;
            db.Add(new AgendaItem { MeetingId = meeting.Id, Section = AgendaSection.NewSignal, Position = 1, SignalId = zwolleSignals[0].Id, ReasonableSuspicion = true, Outcome = TableOutcome.Tracks, DecidedAt = On(2, 11) });
            db.Add(new AgendaItem { MeetingId = meeting.Id, Section = AgendaSection.NewSignal, Position = 2, SignalId = zwolleSignals[1].Id, ReasonableSuspicion = false, Outcome = TableOutcome.NoFurtherAction, DecidedAt = On(2, 4) });
            db.Add(new TableAction { MeetingId = meeting.Id, Description = "Op tijd", OwnerUserId = owner, OwnerName = "X", DueOn = new DateOnly(2012, 3, 1), CreatedAt = On(2, 4) }.Stored(a => a.Status, ActionStatus.Done).Stored(a => a.DoneAt, On(2, 20)));
            db.Add(new TableAction { MeetingId = meeting.Id, Description = "Te laat", OwnerUserId = owner, OwnerName = "X", DueOn = new DateOnly(2012, 3, 1), CreatedAt = On(2, 4) }.Stored(a => a.Status, ActionStatus.Done).Stored(a => a.DoneAt, On(3, 9)));

            var victims = zwolleSignals.Take(4).Select(s => s.Subjects[0]).ToList();
            var files = victims.Select(v => new CareFile { CaseId = tableCase.Id, SubjectId = v.Id, OpenedAt = On(2, 15) }).ToList();
            db.AddRange(files);
            await db.SaveChangesAsync();
            db.Add(new Consent { CareFileId = files[0].Id, Scope = ConsentScope.CoMenshaReport, GivenOn = new DateOnly(2012, 2, 15), RecordedBy = "zc" });
            db.Add(new Consent { CareFileId = files[1].Id, Scope = ConsentScope.CoMenshaReport, GivenOn = new DateOnly(2012, 2, 15), WithdrawnOn = new DateOnly(2012, 6, 1), RecordedBy = "zc" });
            db.Add(new Consent { CareFileId = files[3].Id, Scope = ConsentScope.ShareWithPartner, PartnerName = "Opvang", GivenOn = new DateOnly(2012, 2, 15), RecordedBy = "zc" });
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return 0;
        });
    }

    private static JsonElement Row(JsonElement body, string label) =>
        body.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetString() == label);

    private static string Count(JsonElement body, string label, string column) =>
        Row(body, label).GetProperty("counts").GetProperty(column).GetString()!;

    [Fact]
    public async Task Nationality_groups_and_victims_in_view_per_year_match_the_hand_count()
    {
        await FixtureAsync();
        var keten = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");

        var groups = JsonDocument.Parse(await keten.Client.GetStringAsync($"/api/v1/figures?by=nationalitygroup&{Figures2012}")).RootElement;
        Count(groups, "EU/EER (zonder Nederland)", "Meldingen").ShouldBe("5");
        Count(groups, "Afrika", "Meldingen").ShouldBe("1");
        Count(groups, "Azië", "Meldingen").ShouldBe("1");
        Count(groups, "Onbekend of staatloos", "Meldingen").ShouldBe("1");
        Count(groups, "Nederland", "Meldingen").ShouldBe("0");
        groups.GetProperty("grandTotal").GetString().ShouldBe("8");

        var years = JsonDocument.Parse(await keten.Client.GetStringAsync($"/api/v1/figures?by=victimsperyear&{Figures2012}")).RootElement;
        Count(years, "2012", "In beeld").ShouldBe("8");
        Count(years, "2012", "Waarvan nieuw gemeld").ShouldBe("8");
        years = JsonDocument.Parse(await keten.Client.GetStringAsync($"/api/v1/figures?by=victimsperyear&{Figures2013}")).RootElement;
        // Only the victim of the melding whose case is still open is in view in 2013.
        Count(years, "2013", "In beeld").ShouldBe("1");
        Count(years, "2013", "Waarvan nieuw gemeld").ShouldBe("0");
        // People can be in both columns, so the table has no totals.
        Row(years, "2013").GetProperty("total").ValueKind.ShouldBe(JsonValueKind.Null);

        var bestuurder = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var masked = JsonDocument.Parse(await bestuurder.Client.GetStringAsync($"/api/v1/figures?by=nationalitygroup&{Figures2012}")).RootElement;
        // 5 is published as 5, 6 or 7 (never below five), a small count as "<5", the total of 8 within the noise bound.
        int.Parse(Count(masked, "EU/EER (zonder Nederland)", "Meldingen")).ShouldBeInRange(5, 7);
        Count(masked, "Afrika", "Meldingen").ShouldBe("<5");
        int.Parse(masked.GetProperty("grandTotal").GetString()!).ShouldBeInRange(6, 10);
        var maskedYears = JsonDocument.Parse(await bestuurder.Client.GetStringAsync($"/api/v1/figures?by=victimsperyear&{Figures2013}")).RootElement;
        Count(maskedYears, "2013", "In beeld").ShouldBe("<5");

        var csv = await (await bestuurder.GetAsync($"/dashboard.csv?{Figures2012}")).Content.ReadAsStringAsync();
        csv.ShouldContain("Afrika;<5;<5;<5");
        using var workbook = new XLWorkbook(await (await bestuurder.GetAsync($"/dashboard.xlsx?{Figures2012}")).Content.ReadAsStreamAsync());
        workbook.Worksheet("nationaliteitsgroep").RowsUsed().Single(r => r.Cell(1).GetString() == "Azië").Cell(2).GetString().ShouldBe("<5");
        workbook.Worksheet("slachtoffers-per-jaar").RowsUsed().Single(r => r.Cell(1).GetString() == "2012").Cell(2).GetValue<int>().ShouldBeInRange(6, 10);
    }

    [Fact]
    public async Task Sector_melder_type_age_nationality_funnel_and_tracks_match_the_hand_count()
    {
        await FixtureAsync();
        var melder = await factory.WithAsync(db => db.ReferenceItems.Where(r => r.List == ReferenceList.MelderType).OrderBy(r => r.SortOrder).Select(r => r.Label).FirstAsync());
        var keten = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");

        var sector = JsonDocument.Parse(await keten.Client.GetStringAsync($"/api/v1/figures?by=sector&{Figures2012}")).RootElement;
        Count(sector, "Onbekend", "Meldingen").ShouldBe("7");
        sector.GetProperty("grandTotal").GetString().ShouldBe("7");
        var melders = JsonDocument.Parse(await keten.Client.GetStringAsync($"/api/v1/figures?by=meldertype&{Figures2012}")).RootElement;
        Count(melders, melder, "Meldingen").ShouldBe("7");
        var ages = JsonDocument.Parse(await keten.Client.GetStringAsync($"/api/v1/figures?by=agegroup&{Figures2012}")).RootElement;
        Count(ages, "Minderjarig (< 18)", "Meldingen").ShouldBe("1");
        Count(ages, "18 - 23 jaar", "Meldingen").ShouldBe("5");
        Count(ages, "Onbekend", "Meldingen").ShouldBe("2");

        using var workbook = new XLWorkbook(await (await keten.GetAsync($"/dashboard.xlsx?{Figures2012}")).Content.ReadAsStreamAsync());
        int Cell(string sheet, string row, int column = 2) =>
            workbook.Worksheet(sheet).RowsUsed().Single(r => r.Cell(1).GetString() == row).Cell(column).GetValue<int>();
        // Typed as "Pools", "Poolse" and "POL": one country. Free text never becomes a row of its own.
        Cell("nationaliteit", "Polen").ShouldBe(3);
        foreach (var country in new[] { "Bulgarije", "Roemenië", "Nigeria", "China", "Onbekend of staatloos" })
        {
            Cell("nationaliteit", country).ShouldBe(1, country);
        }
        workbook.Worksheet("nationaliteit").RowsUsed().ShouldNotContain(r => r.Cell(1).GetString() == "Pools");
        Cell("trechter", "Ontvangen").ShouldBe(7);
        Cell("trechter", "Aangemeld voor de tafel").ShouldBe(0);
        Cell("trechter", "Redelijk vermoeden").ShouldBe(1);
        Cell("trechter", "Casus met traject(en)").ShouldBe(1);
        Cell("trechter", "Alle trajecten afgerond").ShouldBe(0);
        Cell("trajecten", "Zorg (zorgcoördinator)").ShouldBe(1);
        Cell("trajecten", "Zorg (zorgcoördinator)", 3).ShouldBe(0);
        var kampen = workbook.Worksheet("stromen").Row(4).CellsUsed().Single(c => c.GetString() == "Kampen").Address.ColumnNumber;
        Cell("stromen", "Zwolle", kampen).ShouldBe(6);
        var deventer = workbook.Worksheet("stromen").Row(4).CellsUsed().Single(c => c.GetString() == "Deventer").Address.ColumnNumber;
        Cell("stromen", "Deventer", deventer).ShouldBe(2);
    }

    [Fact]
    public async Task The_flows_are_drawn_as_an_accessible_picture_next_to_their_table()
    {
        await FixtureAsync();
        var keten = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var html = await keten.GetHtmlAsync($"/dashboard?{Figures2012}");
        var chart = html[html.IndexOf("data-testid=\"chart-chart-stromen\"", StringComparison.Ordinal)..];
        chart = chart[..chart.IndexOf("</svg>", StringComparison.Ordinal)];
        html.ShouldContain("role=\"img\" aria-labelledby=\"chart-stromen-title chart-stromen-desc\"");
        chart.ShouldContain("Zwolle → Kampen");
        chart.ShouldContain(">6</text>");
        // Living and working in the same municipality is no flow: the picture leaves it out, the table keeps it.
        chart.ShouldNotContain("Deventer → Deventer");
        html.ShouldContain("data-testid=\"table-stromen\"");

        var bestuurder = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var masked = await bestuurder.GetHtmlAsync($"/dashboard?{Figures2012}");
        var maskedChart = masked[masked.IndexOf("data-testid=\"chart-chart-stromen\"", StringComparison.Ordinal)..];
        maskedChart = maskedChart[..maskedChart.IndexOf("</svg>", StringComparison.Ordinal)];
        // 6 is published within the noise bound, so the pair keeps its bar.
        maskedChart.ShouldContain("Zwolle → Kampen");
        var nationality = masked[masked.IndexOf("data-testid=\"chart-chart-nationaliteitsgroep\"", StringComparison.Ordinal)..];
        nationality = nationality[..nationality.IndexOf("</svg>", StringComparison.Ordinal)];
        nationality.ShouldContain(">&lt;5</text>");
    }

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
                c.WithdrawnOn = DateOnly.FromDateTime(DateTime.UtcNow);
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

    /// <summary>The first data cell after the row header with this label.</summary>
    private static string Cell(string html, string rowLabel)
    {
        var at = html.IndexOf($"scope=\"row\">{rowLabel}</th>", StringComparison.Ordinal);
        at.ShouldBeGreaterThan(-1, rowLabel);
        var cell = html.IndexOf("<td class=\"utrecht-table__cell\">", at, StringComparison.Ordinal) + "<td class=\"utrecht-table__cell\">".Length;
        return html[cell..html.IndexOf("</td>", cell, StringComparison.Ordinal)];
    }
}
