using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Care;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Audit;

namespace Schakel.IntegrationTests.Care;

/// <summary>Needs, contacts and goals are edited in place: dates in order, stale saves refused with both versions visible.</summary>
public sealed class CareEditTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Care = "zorgcoordinator@demo.schakel.nl";

    private Task<CareNeed> NeedAsync(int fileId, LifeDomain domain) =>
        factory.WithAsync(db => db.Set<CareNeed>().AsNoTracking().SingleAsync(n => n.CareFileId == fileId && n.Domain == domain));

    [Fact]
    public async Task A_need_is_edited_and_an_end_before_its_start_is_refused_with_the_input_kept()
    {
        var id = await factory.DemoCareFileIdAsync();
        var url = $"/zorg/{id}";
        var care = await WebSession.SignedInAsync(factory, Care);
        var need = await NeedAsync(id, LifeDomain.PsychologicalCare);

        var reversed = await care.PostFormAsync($"{url}/behoeften?handler=Edit", new()
        {
            ["ItemId"] = need.Id.ToString(), ["ItemVersion"] = need.Version.ToString(), ["EditNeed.Provider"] = "Fier traumazorg",
            ["EditNeed.StartsOn"] = "2030-03-10", ["EditNeed.EndsOn"] = "2030-03-01", ["EditNeed.Note"] = "Mijn toelichting",
        }, formPage: url);
        reversed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await reversed.Content.ReadAsStringAsync());
        html.ShouldContain("De einddatum van de zorgbehoefte ligt voor de begindatum.");
        html.ShouldContain("value=\"Fier traumazorg\"");
        html.ShouldContain("value=\"2030-03-01\"");
        html.ShouldContain("Mijn toelichting");
        (await NeedAsync(id, LifeDomain.PsychologicalCare)).Provider.ShouldBe("GGZ Dimence");

        var saved = await care.PostFormAsync($"{url}/behoeften?handler=Edit", new()
        {
            ["ItemId"] = need.Id.ToString(), ["ItemVersion"] = need.Version.ToString(), ["EditNeed.Provider"] = "Fier traumazorg",
            ["EditNeed.StartsOn"] = "2030-03-01", ["EditNeed.EndsOn"] = "2030-06-01", ["EditNeed.Note"] = "Mijn toelichting",
        }, formPage: url);
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await NeedAsync(id, LifeDomain.PsychologicalCare);
        after.Provider.ShouldBe("Fier traumazorg");
        after.StartsOn.ShouldBe(new DateOnly(2030, 3, 1));
        after.EndsOn.ShouldBe(new DateOnly(2030, 6, 1));
        after.Note.ShouldBe("Mijn toelichting");
        after.Status.ShouldBe(need.Status);
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(a => a.RecordType == "CareFile" && a.RecordId == id.ToString() && a.Action == AuditAction.Update && a.Details == $"EditNeed-{need.Id}")))
            .ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_stale_edit_of_a_contact_is_refused_showing_the_colleagues_change_and_keeping_the_own_input()
    {
        var id = await factory.DemoCareFileIdAsync();
        var url = $"/zorg/{id}";
        var contact = await factory.WithAsync(db => db.Set<CareContact>().AsNoTracking().SingleAsync(c => c.CareFileId == id && c.Kind == ContactKind.Lawyer));
        var first = await WebSession.SignedInAsync(factory, Care);
        var second = await WebSession.SignedInAsync(factory, Care);
        Dictionary<string, string> Form(string phone) => new()
        {
            ["ItemId"] = contact.Id.ToString(), ["ItemVersion"] = contact.Version.ToString(), ["EditContact.Kind"] = "Lawyer",
            ["EditContact.Name"] = contact.Name, ["EditContact.Organisation"] = "Advocatenkantoor Hanzestad", ["EditContact.Phone"] = phone,
        };
        (await first.PostFormAsync($"{url}/contacten?handler=Edit", Form("038-7654321"), formPage: url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stale = await second.PostFormAsync($"{url}/contacten?handler=Edit", Form("06-11112222"), formPage: url);
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        html.ShouldContain("Iemand anders heeft dit zorgdossier intussen gewijzigd");
        html.ShouldContain("· 038-7654321");
        html.ShouldContain("value=\"06-11112222\"");
        (await factory.WithAsync(db => db.Set<CareContact>().Where(c => c.Id == contact.Id).Select(c => c.Phone).SingleAsync())).ShouldBe("038-7654321");

        var noName = await second.PostFormAsync($"{url}/contacten?handler=Edit", new(Form("06-11112222")) { ["EditContact.Name"] = " " }, formPage: url);
        WebUtility.HtmlDecode(await noName.Content.ReadAsStringAsync()).ShouldContain("Vul de naam van de contactpersoon in.");
    }

    [Fact]
    public async Task A_goal_gets_a_new_evaluation_date_but_not_one_before_the_file_was_opened()
    {
        var id = await factory.DemoCareFileIdAsync();
        var url = $"/zorg/{id}";
        var care = await WebSession.SignedInAsync(factory, Care);
        var goal = await factory.WithAsync(db => db.Set<CareGoal>().AsNoTracking().FirstAsync(g => g.CareFileId == id));

        var early = await care.PostFormAsync($"{url}/doelen?handler=Edit", new()
        {
            ["ItemId"] = goal.Id.ToString(), ["ItemVersion"] = goal.Version.ToString(), ["EditGoal.Description"] = "Eigen woonruimte", ["EditGoal.EvaluateOn"] = "2000-01-01",
        }, formPage: url);
        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync());
        html.ShouldContain("De evaluatiedatum ligt voor de opening van het zorgdossier.");
        html.ShouldContain("value=\"Eigen woonruimte\"");

        var ok = await care.PostFormAsync($"{url}/doelen?handler=Edit", new()
        {
            ["ItemId"] = goal.Id.ToString(), ["ItemVersion"] = goal.Version.ToString(), ["EditGoal.Description"] = "Eigen woonruimte", ["EditGoal.EvaluateOn"] = "2030-05-01",
        }, formPage: url);
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await factory.WithAsync(db => db.Set<CareGoal>().AsNoTracking().SingleAsync(g => g.Id == goal.Id));
        after.Description.ShouldBe("Eigen woonruimte");
        after.EvaluateOn.ShouldBe(new DateOnly(2030, 5, 1));

        // The attention officer reads goals but cannot edit them.
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var afPage = await af.GetHtmlAsync(url + "?tab=doelen");
        afPage.ShouldContain("Eigen woonruimte");
        afPage.ShouldNotContain("EditGoal.Description");
        (await af.PostFormAsync($"{url}/doelen?handler=Edit", new() { ["ItemId"] = goal.Id.ToString(), ["ItemVersion"] = "9", ["EditGoal.Description"] = "x", ["EditGoal.EvaluateOn"] = "2030-05-01" }, formPage: url))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
