using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Security;

public sealed class TextInputTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static object Body(string clientId, string description) => new
    {
        clientId,
        melderType = "POLITIE",
        municipality = "Zwolle",
        forms = new[] { "ARBEID" },
        description,
    };

    [Theory]
    [InlineData("Controle bij bedrijf\u0000; daarna niets")]
    [InlineData("Bel\u0007 de wijkagent")]
    [InlineData("Escape \u001b[31m in rood")]
    public async Task The_api_refuses_control_characters_with_a_Dutch_400_and_stores_nothing(string description)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await factory.ApiKeyAsync());
        var clientId = "ctl-" + Guid.NewGuid().ToString("N")[..8];
        var response = await client.PostAsJsonAsync("/api/v1/signals", Body(clientId, description));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("stuurtekens");
        (await factory.WithAsync(db => db.Signals.CountAsync(s => s.ClientId == clientId))).ShouldBe(0);
    }

    [Fact]
    public async Task Tabs_and_line_breaks_are_ordinary_text()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await factory.ApiKeyAsync());
        var response = await client.PostAsJsonAsync("/api/v1/signals", Body("ctl-lines", "Eerste regel\r\nTweede regel\tmet tab"));
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("een lange zin\u001b als wachtwoord", true)]
    [InlineData("een lange zin\u0007 als wachtwoord", true)]
    // A NUL is refused before the page runs (the generic Dutch 400 page), which is as good.
    [InlineData("een lange zin\u0000 als wachtwoord", false)]
    public async Task A_form_refuses_control_characters_with_a_Dutch_400_and_changes_nothing(string password, bool messageAtField)
    {
        var session = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var response = await session.PostFormAsync("/account/wachtwoord",
            new() { ["CurrentPassword"] = SchakelFactory.DemoPassword, ["NewPassword"] = password, ["ConfirmPassword"] = password });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain(messageAtField ? "onzichtbare stuurtekens" : "Ongeldig verzoek");
        await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
    }

    [Fact]
    public async Task Right_to_left_overrides_are_removed_so_a_name_reads_as_it_is_stored()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await factory.ApiKeyAsync());
        var created = await client.PostAsJsonAsync("/api/v1/signals", Body("rtl-1", "Factuur \u202Efdp.exe\u202C en \u2066geïsoleerd\u2069 tekst"));
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var reference = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        var signal = await factory.SignalAsync(reference);
        signal.Description.ShouldBe("Factuur fdp.exe en geïsoleerd tekst");
    }
}
