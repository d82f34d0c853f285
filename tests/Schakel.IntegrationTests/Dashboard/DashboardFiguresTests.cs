using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Dashboard;

/// <summary>
/// A hand-counted fixture in 2011, a year the demo data does not touch:
/// 7 meldingen in Zwolle in K1 (form A, each with a possible victim, woman, living in Zwolle, working in Deventer),
/// 2 adviesvragen in Deventer in K2 (form A) and 1 melding in Deventer in K2 (form B, registered for the table).
/// </summary>
public sealed class DashboardFiguresTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Period = "period=2011";

    private async Task<(string FormA, string FormB)> FixtureAsync()
    {
        return await factory.WithAsync(async db =>
        {
            var forms = await db.ReferenceItems.Where(r => r.List == ReferenceList.ExploitationForm).OrderBy(r => r.SortOrder).Select(r => r.Label).Take(2).ToListAsync();
            if (await db.Signals.AnyAsync(s => s.Reference.StartsWith("FIX-2011-")))
            {
                return (forms[0], forms[1]);
            }
            var codes = await db.ReferenceItems.Where(r => r.List == ReferenceList.ExploitationForm).OrderBy(r => r.SortOrder).Select(r => r.Code).Take(2).ToListAsync();
            var melder = await db.ReferenceItems.Where(r => r.List == ReferenceList.MelderType).OrderBy(r => r.SortOrder).Select(r => r.Code).FirstAsync();
            var zwolle = await db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync();
            var deventer = await db.Organisations.Where(o => o.Name == "Deventer").Select(o => o.Id).SingleAsync();
            var n = 0;
            Signal New(SignalKind kind, int municipality, DateTimeOffset at, string form) => new Signal
            {
                Reference = $"FIX-2011-{++n}", Kind = kind, MelderTypeCode = melder, MunicipalityId = municipality, ReceivedAt = at,
                Forms = [new SignalForm { FormCode = form }],
            }.Stored(s => s.Status, SignalStatus.HandledLocally);
            for (var i = 0; i < 7; i++)
            {
                var s = New(SignalKind.Report, zwolle, new DateTimeOffset(2011, 1, 15, 10, 0, 0, TimeSpan.Zero), codes[0]);
                s.Subjects.Add(new Subject { Gender = "V", AgeGroup = AgeGroups.Age18To23, LivesInMunicipalityId = zwolle, WorksInMunicipalityId = deventer });
                db.Signals.Add(s);
            }
            db.Signals.Add(New(SignalKind.AdviceQuestion, deventer, new DateTimeOffset(2011, 5, 1, 9, 0, 0, TimeSpan.Zero), codes[0]));
            db.Signals.Add(New(SignalKind.AdviceQuestion, deventer, new DateTimeOffset(2011, 5, 2, 9, 0, 0, TimeSpan.Zero), codes[0]));
            // The last evening of K2 in Dutch time (23:00 on 30 June); an hour later it is July in the Netherlands.
            var registered = New(SignalKind.Report, deventer, new DateTimeOffset(2011, 6, 30, 21, 0, 0, TimeSpan.Zero), codes[1]);
            registered.Stored(s => s.Status, SignalStatus.RegisteredForTable).Stored(s => s.RegisteredForTableAt, registered.ReceivedAt);
            db.Signals.Add(registered);
            await db.SaveChangesAsync();
            return (forms[0], forms[1]);
        });
    }

    private static JsonElement Row(JsonElement body, string label) =>
        body.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetString() == label);

    [Fact]
    public async Task The_case_team_sees_the_hand_counted_figures_exactly()
    {
        var (formA, formB) = await FixtureAsync();
        var session = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");

        var byForm = JsonDocument.Parse(await session.Client.GetStringAsync($"/api/v1/figures?by=form&{Period}")).RootElement;
        byForm.GetProperty("masked").GetBoolean().ShouldBeFalse();
        Row(byForm, formA).GetProperty("counts").GetProperty("Meldingen").GetString().ShouldBe("7");
        Row(byForm, formA).GetProperty("counts").GetProperty("Adviesvragen").GetString().ShouldBe("2");
        Row(byForm, formA).GetProperty("total").GetString().ShouldBe("9");
        Row(byForm, formB).GetProperty("counts").GetProperty("Meldingen").GetString().ShouldBe("1");
        byForm.GetProperty("grandTotal").GetString().ShouldBe("10");

        var byQuarter = JsonDocument.Parse(await session.Client.GetStringAsync($"/api/v1/figures?by=quarter&{Period}")).RootElement;
        Row(byQuarter, "K1 2011").GetProperty("counts").GetProperty("Meldingen").GetString().ShouldBe("7");
        Row(byQuarter, "K2 2011").GetProperty("counts").GetProperty("Meldingen").GetString().ShouldBe("1");
        Row(byQuarter, "K2 2011").GetProperty("counts").GetProperty("Adviesvragen").GetString().ShouldBe("2");
        Row(byQuarter, "K3 2011").GetProperty("total").GetString().ShouldBe("0");

        var gender = JsonDocument.Parse(await session.Client.GetStringAsync($"/api/v1/figures?by=gender&{Period}")).RootElement;
        Row(gender, "Vrouw").GetProperty("counts").GetProperty("Meldingen").GetString().ShouldBe("7");

        var deventerOnly = JsonDocument.Parse(await session.Client.GetStringAsync($"/api/v1/figures?by=municipality&{Period}&municipality="
            + await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Deventer").Select(o => o.Id).SingleAsync()))).RootElement;
        // Deventer and the always-present "Onbekend" row.
        deventerOnly.GetProperty("rows").GetArrayLength().ShouldBe(2);
        Row(deventerOnly, "Deventer").GetProperty("total").GetString().ShouldBe("3");

        using var workbook = new XLWorkbook(await (await session.GetAsync($"/dashboard.xlsx?{Period}")).Content.ReadAsStreamAsync());
        var funnel = workbook.Worksheet("trechter");
        funnel.RowsUsed().Single(r => r.Cell(1).GetString() == "Ontvangen").Cell(2).GetValue<int>().ShouldBe(8);
        funnel.RowsUsed().Single(r => r.Cell(1).GetString() == "Aangemeld voor de tafel").Cell(2).GetValue<int>().ShouldBe(1);
        var flows = workbook.Worksheet("stromen");
        var deventerColumn = flows.Row(4).CellsUsed().Single(c => c.GetString() == "Deventer").Address.ColumnNumber;
        flows.RowsUsed().Single(r => r.Cell(1).GetString() == "Zwolle").Cell(deventerColumn).GetValue<int>().ShouldBe(7);

        var html = await session.GetHtmlAsync($"/dashboard?{Period}");
        html.ShouldContain("In K2 2011 kwamen er flink minder meldingen binnen dan in K1 2011: van 7 naar 1.");
        html.ShouldNotContain("&lt;5");
    }

    [Fact]
    public async Task Outside_the_case_team_small_counts_are_hidden_and_the_rest_is_perturbed_everywhere()
    {
        var (formA, formB) = await FixtureAsync();
        var session = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");

        var body = JsonDocument.Parse(await session.Client.GetStringAsync($"/api/v1/figures?by=form&{Period}")).RootElement;
        body.GetProperty("masked").GetBoolean().ShouldBeTrue();
        int.Parse(Row(body, formA).GetProperty("counts").GetProperty("Meldingen").GetString()!).ShouldBeInRange(5, 9);
        Row(body, formA).GetProperty("counts").GetProperty("Adviesvragen").GetString().ShouldBe("<5");
        // The total of 9 is a cell of its own with its own noise, so 9 minus the shown 7 does not give the hidden 2.
        int.Parse(Row(body, formA).GetProperty("total").GetString()!).ShouldBeInRange(7, 11);
        Row(body, formB).GetProperty("counts").GetProperty("Meldingen").GetString().ShouldBe("<5");
        int.Parse(body.GetProperty("grandTotal").GetString()!).ShouldBeInRange(8, 12);

        var html = await session.GetHtmlAsync($"/dashboard?{Period}");
        html.ShouldContain("&lt;5");
        html.ShouldNotContain(">1</td>");
        html.ShouldNotContain(">2</td>");

        var csv = await (await session.GetAsync($"/dashboard.csv?{Period}")).Content.ReadAsStringAsync();
        csv.ShouldContain($"{formB};<5;<5;<5");

        using var workbook = new XLWorkbook(await (await session.GetAsync($"/dashboard.xlsx?{Period}")).Content.ReadAsStreamAsync());
        workbook.Worksheet("trechter").RowsUsed().Single(r => r.Cell(1).GetString() == "Aangemeld voor de tafel").Cell(2).GetString().ShouldBe("<5");

        var key = await factory.ApiKeyAsync();
        using var partner = factory.CreateClient();
        partner.DefaultRequestHeaders.Add("X-Api-Key", key);
        var viaKey = JsonDocument.Parse(await partner.GetStringAsync($"/api/v1/figures?by=form&{Period}")).RootElement;
        viaKey.GetProperty("masked").GetBoolean().ShouldBeTrue();
        Row(viaKey, formB).GetProperty("counts").GetProperty("Meldingen").GetString().ShouldBe("<5");
    }

    [Theory]
    [InlineData("by=form&period=2011-13", "period")]
    [InlineData("by=colour", "by")]
    [InlineData("by=form&period=31-12-2011", "period")]
    [InlineData("by=form&municipality=abc", "municipality")]
    public async Task Bad_parameters_get_a_problem_naming_the_parameter(string query, string field)
    {
        var session = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var response = await session.GetAsync("/api/v1/figures?" + query);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Only_dashboard_roles_and_partner_keys_get_figures_and_the_API_is_documented()
    {
        using var anonymous = factory.CreateClient();
        (await anonymous.GetAsync("/api/v1/figures")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var reporter = await WebSession.SignedInAsync(factory, "melder@demo.schakel.nl");
        (await reporter.GetAsync("/api/v1/figures")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reporter.GetAsync("/dashboard")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reporter.GetAsync("/dashboard.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        (await af.GetHtmlAsync("/dashboard")).ShouldContain("Dashboard aard en omvang");
        var openApi = await anonymous.GetStringAsync("/openapi/v1.json");
        openApi.ShouldContain("/api/v1/figures");
    }
}
