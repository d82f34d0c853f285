using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.BasicLevel;
using Schakel.Testing;

namespace Schakel.IntegrationTests.BasicLevel;

/// <summary>Bad input is refused with a Dutch message next to the field, and what was typed comes back.</summary>
public sealed class BasicLevelInputTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task Done_without_date_or_evidence_is_refused_and_the_note_is_kept()
    {
        var zwolle = await factory.OrganisationIdAsync("Zwolle");
        var block = await factory.BlockIdAsync("GOEDE_PRAKTIJKEN");
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var response = await af.PostFormAsync($"/basisniveau/{zwolle}/bouwstenen/{block}", new() { ["Status"] = "Done", ["Date"] = "", ["Evidence"] = "", ["Note"] = "Gedeeld in het regio-overleg", ["Version"] = "0" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Vul de datum in waarop deze bouwsteen gereed was.");
        html.ShouldContain("Geef het bewijs dat de bouwsteen gereed is");
        html.ShouldContain("Gedeeld in het regio-overleg");
        (await factory.BlockRecordAsync(zwolle, block)).ShouldBeNull();
    }

    [Fact]
    public async Task An_action_point_without_owner_or_term_is_refused_and_the_text_is_kept()
    {
        var zwolle = await factory.OrganisationIdAsync("Zwolle");
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var response = await af.PostFormAsync($"/basisniveau/actiepunten?gemeente={zwolle}", new() { ["Description"] = "Meldroute opnieuw onder de aandacht", ["Term"] = "", ["Owner"] = "", ["Status"] = "Open" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Vul de termijn in");
        html.ShouldContain("Vul in wie eigenaar is van dit actiepunt.");
        html.ShouldContain("Meldroute opnieuw onder de aandacht");
        (await factory.WithAsync(db => db.Set<ActionPoint>().CountAsync(a => a.Description == "Meldroute opnieuw onder de aandacht"))).ShouldBe(0);
    }

    [Fact]
    public async Task A_session_without_target_group_is_refused_and_the_number_is_kept()
    {
        var zwolle = await factory.OrganisationIdAsync("Zwolle");
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var response = await af.PostFormAsync("/trainingen/sessies/nieuw", new() { ["OrganisationId"] = zwolle.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Title"] = "Lunchsessie signalen", ["Date"] = "2026-09-01", ["TargetGroup"] = "", ["Reached"] = "23" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Kies de doelgroep van de sessie");
        html.ShouldContain("value=\"23\"");
        html.ShouldContain("Lunchsessie signalen");

        var deventer = await factory.OrganisationIdAsync("Deventer");
        var other = await af.PostFormAsync("/trainingen/sessies/nieuw", new() { ["OrganisationId"] = deventer.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Title"] = "x", ["Date"] = "2026-09-01", ["TargetGroup"] = "KCC", ["Reached"] = "5" });
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithAsync(db => db.Set<TrainingSession>().CountAsync(s => s.Title == "Lunchsessie signalen" || s.Title == "x"))).ShouldBe(0);
    }
}
