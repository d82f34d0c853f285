using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.BasicLevel;
using Schakel.Testing;

namespace Schakel.IntegrationTests.BasicLevel;

/// <summary>Who sees the regional state of affairs, and that only a municipality's own staff change its basic level.</summary>
public sealed class BasicLevelAccessTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Theory]
    [InlineData("bestuurder@demo.schakel.nl", HttpStatusCode.OK)]
    [InlineData("ketenregisseur@demo.schakel.nl", HttpStatusCode.OK)]
    [InlineData("procesregisseur@demo.schakel.nl", HttpStatusCode.OK)]
    [InlineData("beheerder@demo.schakel.nl", HttpStatusCode.OK)]
    [InlineData("af.zwolle@demo.schakel.nl", HttpStatusCode.Forbidden)]
    [InlineData("oov@demo.schakel.nl", HttpStatusCode.Forbidden)]
    [InlineData("politie@demo.schakel.nl", HttpStatusCode.Forbidden)]
    [InlineData("melder@demo.schakel.nl", HttpStatusCode.Forbidden)]
    [InlineData("fg@demo.schakel.nl", HttpStatusCode.Forbidden)]
    public async Task Policy_roles_see_the_regional_overview_and_its_Excel_export(string email, HttpStatusCode expected)
    {
        var session = await WebSession.SignedInAsync(factory, email);
        var page = await session.GetAsync("/basisniveau/overzicht");
        page.StatusCode.ShouldBe(expected);
        var excel = await session.GetAsync("/basisniveau/overzicht.xlsx");
        excel.StatusCode.ShouldBe(expected);
        if (expected == HttpStatusCode.OK)
        {
            var html = await page.Content.ReadAsStringAsync();
            html.ShouldContain("Aandachtsfunctionaris aangesteld");
            html.ShouldContain("scope=\"row\"");
            html.ShouldContain("Deventer");
            excel.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        }
    }

    [Fact]
    public async Task The_Excel_export_holds_the_overview_and_is_audited()
    {
        var session = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var before = await factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Export && e.RecordType == "BasicLevelOverview"));
        var bytes = await (await session.GetAsync("/basisniveau/overzicht.xlsx")).Content.ReadAsByteArrayAsync();
        using var workbook = new ClosedXML.Excel.XLWorkbook(new MemoryStream(bytes));
        var sheet = workbook.Worksheet("Stand van zaken");
        var header = sheet.Row(3).CellsUsed().Select(c => c.GetString()).ToList();
        header.ShouldContain("Zwolle");
        var zwolleColumn = header.IndexOf("Zwolle") + 1;
        var afRow = sheet.Column(1).CellsUsed().First(c => c.GetString().StartsWith("Aandachtsfunctionaris aangesteld", StringComparison.Ordinal)).Address.RowNumber;
        sheet.Cell(afRow, zwolleColumn).GetString().ShouldStartWith("Gereed ");
        workbook.Worksheet("Bouwstenen details").CellsUsed().ShouldContain(c => c.GetString() == "Aanwijzingsbesluit aandachtsfunctionaris Zwolle");
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Export && e.RecordType == "BasicLevelOverview"))).ShouldBe(before + 1);
    }

    [Theory]
    [InlineData("af.deventer@demo.schakel.nl")]
    [InlineData("ketenregisseur@demo.schakel.nl")]
    [InlineData("bestuurder@demo.schakel.nl")]
    [InlineData("beheerder@demo.schakel.nl")]
    [InlineData("politie@demo.schakel.nl")]
    public async Task No_one_outside_the_municipality_edits_its_checklist(string email)
    {
        var zwolle = await factory.OrganisationIdAsync("Zwolle");
        var block = await factory.BlockIdAsync("WEGENKAART");
        var url = $"/basisniveau/{zwolle}/bouwstenen/{block}";
        var session = await WebSession.SignedInAsync(factory, email);
        (await session.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var post = await session.PostFormAsync(url, new() { ["Status"] = "Done", ["Date"] = "2026-01-15", ["Evidence"] = "van buiten", ["Version"] = "0" }, formPage: "/");
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.BlockRecordAsync(zwolle, block)).ShouldBeNull();

        var action = await session.PostFormAsync($"/basisniveau/actiepunten?gemeente={zwolle}", new() { ["Description"] = "x", ["Term"] = "2027-Q1", ["Owner"] = "x", ["Status"] = "Open" }, formPage: "/");
        action.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var contact = await session.PostFormAsync($"/basisniveau/contacten?gemeente={zwolle}", new() { ["Role"] = "Partner", ["Name"] = "x", ["PartnerOrganisation"] = "x" }, formPage: "/");
        contact.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithAsync(db => db.Set<ActionPoint>().CountAsync(a => a.Description == "x"))).ShouldBe(0);
    }

    [Fact]
    public async Task The_attention_officer_and_the_undermining_adviser_of_the_municipality_may_edit_it()
    {
        var zwolle = await factory.OrganisationIdAsync("Zwolle");
        var block = await factory.BlockIdAsync("TRENDS");
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var saved = await af.PostFormAsync($"/basisniveau/{zwolle}/bouwstenen/{block}", new() { ["Status"] = "InProgress", ["Version"] = "0" });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var record = await factory.BlockRecordAsync(zwolle, block);
        record.ShouldNotBeNull();
        record.Status.ShouldBe(BuildingBlockStatus.InProgress);

        var oov = await WebSession.SignedInAsync(factory, "oov@demo.schakel.nl");
        var done = await oov.PostFormAsync($"/basisniveau/{zwolle}/bouwstenen/{block}",
            new() { ["Status"] = "Done", ["Date"] = "2026-10-01", ["Evidence"] = "Trendrapportage Q3", ["Version"] = record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.BlockRecordAsync(zwolle, block))!.Status.ShouldBe(BuildingBlockStatus.Done);

        // A save on the version the first form was loaded with is a conflict, not an overwrite.
        var stale = await af.PostFormAsync($"/basisniveau/{zwolle}/bouwstenen/{block}", new() { ["Status"] = "NotStarted", ["Version"] = record.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Iemand anders heeft dit intussen gewijzigd");
        (await factory.BlockRecordAsync(zwolle, block))!.Status.ShouldBe(BuildingBlockStatus.Done);
    }

    [Fact]
    public async Task Only_the_chain_director_adds_regional_action_points()
    {
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        (await af.GetAsync("/basisniveau/actiepunten")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var director = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var created = await director.PostFormAsync("/basisniveau/actiepunten", new() { ["Description"] = "Regionale evaluatie opstellen", ["Term"] = "Q4 2027", ["Owner"] = "Ketenregisseur", ["Status"] = "Open" });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var point = await factory.WithAsync(db => db.Set<ActionPoint>().SingleAsync(a => a.Description == "Regionale evaluatie opstellen"));
        point.MunicipalityId.ShouldBeNull();
        point.Term.ShouldBe("2027-Q4");
        (await director.GetHtmlAsync("/basisniveau/overzicht")).ShouldContain("Regionale evaluatie opstellen");
    }

    [Fact]
    public async Task Anonymous_users_are_sent_to_sign_in_but_the_public_directory_is_open()
    {
        var anonymous = WebSession.Anonymous(factory);
        var overview = await anonymous.GetAsync("/basisniveau/overzicht");
        overview.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        overview.Headers.Location!.ToString().ShouldContain("/inloggen");
        (await anonymous.GetAsync("/basisniveau/overzicht.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var html = await anonymous.GetHtmlAsync("/melden/gemeenten");
        html.ShouldContain("Sanne de Vries");
        html.ShouldContain("06 1234 5601");
        html.ShouldContain("14 038");
        html.ShouldContain("Pieter Groen");
        html.ShouldNotContain("06 1234 5602");
        html.ShouldNotContain("p.groen@zwolle.example");
        html.ShouldNotContain("06 1234 5603");
    }

    [Fact]
    public async Task Only_the_municipality_removes_a_session_recorded_by_mistake()
    {
        var zwolle = await factory.OrganisationIdAsync("Zwolle");
        var sessionId = await factory.WithAsync(db => db.Set<TrainingSession>().Where(s => s.OrganisationId == zwolle).Select(s => s.Id).FirstAsync());
        var url = $"/basisniveau/{zwolle}?handler=DeleteSession&sessionId={sessionId}";
        var deventer = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        (await deventer.PostFormAsync(url, [], formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithAsync(db => db.Set<TrainingSession>().AnyAsync(s => s.Id == sessionId))).ShouldBeTrue();

        var own = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        (await own.PostFormAsync(url, [], formPage: $"/basisniveau/{zwolle}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithAsync(db => db.Set<TrainingSession>().AnyAsync(s => s.Id == sessionId))).ShouldBeFalse();
    }
}
