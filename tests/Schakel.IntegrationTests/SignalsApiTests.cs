using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Testing;

namespace Schakel.IntegrationTests;

public sealed class SignalsApiTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static object ValidBody(string clientId) => new
    {
        clientId,
        melderType = "POLITIE",
        observedOn = "2026-11-01",
        municipality = "Zwolle",
        forms = new[] { "ARBEID" },
        sector = "LOGISTIEK",
        indicators = new[] { "ARB_SCHULD", "ARB_HUISVESTING" },
        description = "Controle bij distributiecentrum: zes werknemers wonen in een bedrijfspand en betalen een schuld af aan de bemiddelaar.",
        subjects = new object[]
        {
            new { role = "victim", fullName = "Ionut Popescu", dateOfBirth = "1998-04-12", nationality = "Roemeens", phones = new[] { "+40 712 345 678" }, worksIn = "Zwolle", livesIn = "Kampen" },
            new { role = "perpetrator", licensePlates = new[] { "12-ABC-3" } },
        },
    };

    private HttpClient Client(string? key)
    {
        var client = factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
        return client;
    }

    [Fact]
    public async Task Without_or_with_a_wrong_key_the_answer_is_401_problem_details()
    {
        var none = await Client(null).PostAsJsonAsync("/api/v1/signals", ValidBody("a"));
        none.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var wrong = await Client("sk_not-a-real-key").PostAsJsonAsync("/api/v1/signals", ValidBody("a"));
        wrong.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrong.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_new_signal_gets_201_and_a_replay_200_with_the_same_reference_and_nothing_new()
    {
        var client = Client(await factory.ApiKeyAsync());
        var first = await client.PostAsJsonAsync("/api/v1/signals", ValidBody("partner-42"));
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>();
        var reference = created.GetProperty("reference").GetString()!;
        first.Headers.Location!.ToString().ShouldBe($"/meldingen/{reference}");

        var replay = await client.PostAsJsonAsync("/api/v1/signals", ValidBody("partner-42"));
        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await replay.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString().ShouldBe(reference);

        (await factory.WithAsync(db => db.Signals.CountAsync(s => s.ClientId == "partner-42"))).ShouldBe(1);
        var stored = await factory.SignalAsync(reference);
        stored.Subjects.Count.ShouldBe(2);
        stored.Subjects.Single(s => s.FullName == "Ionut Popescu").Phones.ShouldBe("+40 712 345 678");
        stored.Forms.Single().FormCode.ShouldBe("ARBEID");
    }

    [Fact]
    public async Task The_same_client_id_from_another_organisation_is_a_different_signal()
    {
        var police = Client(await factory.ApiKeyAsync());
        var inspectorate = Client(await factory.ApiKeyAsync("Nederlandse Arbeidsinspectie"));
        (await police.PostAsJsonAsync("/api/v1/signals", ValidBody("shared-id"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await inspectorate.PostAsJsonAsync("/api/v1/signals", ValidBody("shared-id"))).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Concurrent_replays_store_exactly_one_signal()
    {
        var client = Client(await factory.ApiKeyAsync());
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.PostAsJsonAsync("/api/v1/signals", ValidBody("race-1"))));
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(7);
        (await factory.WithAsync(db => db.Signals.CountAsync(s => s.ClientId == "race-1"))).ShouldBe(1);
    }

    [Fact]
    public async Task Invalid_fields_give_400_validation_problem_with_Dutch_messages_per_field()
    {
        var client = Client(await factory.ApiKeyAsync());
        var response = await client.PostAsJsonAsync("/api/v1/signals", new
        {
            clientId = "bad-1", melderType = "ONBEKEND_TYPE", observedOn = "2999-01-01", municipality = "Atlantis", forms = Array.Empty<string>(),
            description = "", subjects = new[] { new { role = "victim", postcode = "12345", emails = new[] { "geen-mail" } } },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors");
        errors.GetProperty("melderType")[0].GetString()!.ShouldContain("onbekend");
        errors.GetProperty("observedOn")[0].GetString()!.ShouldContain("toekomst");
        errors.GetProperty("municipality")[0].GetString()!.ShouldContain("Atlantis");
        errors.GetProperty("forms")[0].GetString()!.ShouldContain("vorm van uitbuiting");
        errors.GetProperty("description")[0].GetString()!.ShouldNotBeNullOrEmpty();
        errors.GetProperty("subjects[0].postcode")[0].GetString()!.ShouldContain("4 cijfers en 2 letters");
        errors.GetProperty("subjects[0].emails")[0].GetString()!.ShouldContain("geen geldig e-mailadres");
        (await factory.WithAsync(db => db.Signals.CountAsync(s => s.ClientId == "bad-1"))).ShouldBe(0);
    }

    [Fact]
    public async Task Missing_client_id_is_400()
    {
        var client = Client(await factory.ApiKeyAsync());
        var response = await client.PostAsJsonAsync("/api/v1/signals", new { melderType = "POLITIE", forms = new[] { "SEKS" }, description = "zonder client id" });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("clientId");
    }

    [Theory]
    [InlineData("{\"clientId\": \"x\", \"melderType\": ")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"clientId\": \"x\", \"observedOn\": \"gisteren\"}")]
    [InlineData("null")]
    public async Task Malformed_json_is_400_not_500(string body)
    {
        var client = Client(await factory.ApiKeyAsync());
        var response = await client.PostAsync("/api/v1/signals", new StringContent(body, Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_oversized_body_is_413()
    {
        var client = Client(await factory.ApiKeyAsync());
        var huge = JsonSerializer.Serialize(new { clientId = "big", melderType = "POLITIE", forms = new[] { "SEKS" }, description = new string('x', 400_000) });
        var response = await client.PostAsync("/api/v1/signals", new StringContent(huge, Encoding.UTF8, "application/json"));
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_acute_signal_over_the_api_notifies_the_municipality_and_the_table()
    {
        var client = Client(await factory.ApiKeyAsync());
        var body = new
        {
            clientId = "acute-1", melderType = "POLITIE", municipality = "Deventer", forms = new[] { "SEKS" },
            description = "Minderjarige aangetroffen in hotelkamer.", acute = new { by = "police", intervention = "Meisje uit situatie gehaald en opgevangen." },
        };
        var response = await client.PostAsJsonAsync("/api/v1/signals", body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        var notified = await factory.WithAsync(db => db.Notifications.Where(n => n.Url == "/meldingen/" + reference && n.Title.StartsWith("ACUUT"))
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.Email!).ToListAsync());
        notified.ShouldContain("af.deventer@demo.schakel.nl");
        notified.ShouldContain("ketenregisseur@demo.schakel.nl");
        notified.ShouldContain("politie@demo.schakel.nl");
        notified.ShouldContain("zorgcoordinator@demo.schakel.nl");
        notified.ShouldNotContain("af.zwolle@demo.schakel.nl");
    }

    [Fact]
    public async Task The_openapi_document_describes_every_api_v1_endpoint()
    {
        var doc = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/v1/signals");
        paths.ShouldContain("/api/v1/reference/indicators");
        paths.ShouldAllBe(p => p.StartsWith("/api/v1/"));
    }
}
