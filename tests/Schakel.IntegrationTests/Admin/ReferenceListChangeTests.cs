using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Admin;

/// <summary>The code lists are kept in memory for intake; a change by the administrator applies to the very next intake.</summary>
public sealed class ReferenceListChangeTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private async Task<HttpResponseMessage> IntakeAsync(string clientId, string sector)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await factory.ApiKeyAsync());
        return await client.PostAsJsonAsync("/api/v1/signals", new
        {
            clientId, melderType = "POLITIE", municipality = "Zwolle", forms = new[] { "ARBEID" }, sector,
            description = "Werknemers van een distributiecentrum slapen in het bedrijfspand.",
        });
    }

    [Fact]
    public async Task A_sector_the_administrator_switched_off_is_refused_by_the_next_intake_and_accepted_again_after()
    {
        (await IntakeAsync("ref-cache-1", "LOGISTIEK")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var item = await factory.WithAsync(db => db.ReferenceItems.AsNoTracking().SingleAsync(i => i.List == ReferenceList.Sector && i.Code == "LOGISTIEK"));

        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var url = $"/beheer/lijsten/sectoren/{item.Id}";
        var off = await admin.PostFormAsync(url, new()
        {
            ["Input.Label"] = item.Label, ["Input.SortOrder"] = item.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Version"] = item.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        off.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.Found);
        (await factory.WithAsync(db => db.ReferenceItems.AsNoTracking().SingleAsync(i => i.Id == item.Id))).Active.ShouldBeFalse();

        var refused = await IntakeAsync("ref-cache-2", "LOGISTIEK");
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("sector");

        var on = await admin.PostFormAsync(url, new()
        {
            ["Input.Label"] = item.Label, ["Input.SortOrder"] = item.SortOrder.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Version"] = (item.Version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ["Input.Active"] = "true",
        });
        on.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.Found);
        (await IntakeAsync("ref-cache-3", "LOGISTIEK")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
