using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Care;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Care;

/// <summary>
/// The care file and its parts opened in two places: the stale save is refused, the page shows what the colleague
/// stored and keeps the own input; after reading it, saving again is a deliberate overwrite and succeeds.
/// </summary>
public sealed class StaleCareEditTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Stale_care_notes_are_refused_with_the_stored_notes_shown_and_the_own_text_kept()
    {
        var id = await factory.DemoCareFileIdAsync();
        var url = $"/zorg/{id}";
        var colleague = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        var me = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        var version = WebSession.HiddenValue(await me.GetHtmlAsync(url), "FileVersion")!;

        (await colleague.PostFormAsync(url + "/notities", new() { ["FileVersion"] = version, ["Notes"] = "Gesprek met tolk op dinsdag." }, formPage: url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stale = await me.PostFormAsync(url + "/notities", new() { ["FileVersion"] = version, ["Notes"] = "Voorkeur voor vrouwelijke hulpverlener." }, formPage: url);

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        html.ShouldContain("Iemand anders heeft dit zorgdossier intussen gewijzigd");
        html.ShouldContain("Nu opgeslagen: Gesprek met tolk op dinsdag.", Case.Sensitive, "the colleague's notes are shown");
        html.ShouldContain(">Voorkeur voor vrouwelijke hulpverlener.</textarea>", Case.Sensitive, "the own text stays in the form");
        (await StoredNotesAsync(id)).ShouldBe("Gesprek met tolk op dinsdag.");

        // Having read the colleague's notes, saving again from this page is deliberate and succeeds.
        var current = WebSession.HiddenValue(html, "FileVersion")!;
        current.ShouldNotBe(version);
        (await me.PostFormAsync(url + "/notities", new() { ["FileVersion"] = current, ["Notes"] = "Gesprek met tolk op dinsdag. Voorkeur voor vrouwelijke hulpverlener." }, formPage: url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StoredNotesAsync(id)).ShouldBe("Gesprek met tolk op dinsdag. Voorkeur voor vrouwelijke hulpverlener.");
    }

    [Fact]
    public async Task A_stale_need_status_is_refused_with_the_colleagues_status_shown_and_the_own_choice_kept()
    {
        var id = await factory.DemoCareFileIdAsync();
        var url = $"/zorg/{id}";
        var need = await factory.WithAsync(db => db.Set<CareNeed>().Where(n => n.CareFileId == id && n.Domain == LifeDomain.ResidenceStatus).Select(n => new { n.Id, n.Version }).SingleAsync());
        var colleague = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        var me = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        var fields = new Dictionary<string, string> { ["ItemId"] = Text(need.Id), ["ItemVersion"] = Text(need.Version), ["NewNeedStatus"] = nameof(NeedStatus.InProgress) };

        (await colleague.PostFormAsync(url + "/behoeften?handler=Status", fields, formPage: url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        fields["NewNeedStatus"] = nameof(NeedStatus.NotNeeded);
        var stale = await me.PostFormAsync(url + "/behoeften?handler=Status", fields, formPage: url);

        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());
        html.ShouldContain("Iemand anders heeft dit zorgdossier intussen gewijzigd");
        html.ShouldContain($"<strong>{CareLabels.Dutch(LifeDomain.ResidenceStatus)}</strong>: {CareLabels.Dutch(NeedStatus.InProgress)}", Case.Sensitive, "the colleague's status is shown");
        html.ShouldContain($"<option value=\"NotNeeded\" selected=\"selected\">{CareLabels.Dutch(NeedStatus.NotNeeded)}</option>", Case.Sensitive, "the own choice stays in the form");
        (await factory.WithAsync(db => db.Set<CareNeed>().Where(n => n.Id == need.Id).Select(n => n.Status).SingleAsync())).ShouldBe(NeedStatus.InProgress);
    }

    private Task<string?> StoredNotesAsync(int id) =>
        factory.WithAsync(db => db.Set<CareFile>().Where(f => f.Id == id).Select(f => f.ClinicalNotes).SingleAsync());
}
