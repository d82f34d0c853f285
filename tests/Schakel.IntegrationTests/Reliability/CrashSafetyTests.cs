using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Reliability;

/// <summary>
/// A signal acknowledged with 201 is durable: 1,000 intake requests from 8 concurrent clients, the app killed with
/// SIGKILL partway, restarted, and every acknowledged signal is there exactly once and whole.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Requests = 1000;
    private const int Clients = 8;
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task Every_acknowledged_signal_survives_a_SIGKILL_exactly_once_and_whole()
    {
        var acknowledged = new ConcurrentDictionary<string, string>();
        string key;
        using (var first = await AppProcess.StartAsync(_database.Provider, _database.ConnectionString))
        {
            key = await _database.IssuePoliceKeyAsync();
            var next = -1;
            var killAt = 300;
            using var client = Client(first.BaseUrl, key);
            var workers = Enumerable.Range(0, Clients).Select(async _ =>
            {
                while (true)
                {
                    var i = Interlocked.Increment(ref next);
                    if (i >= Requests)
                    {
                        return;
                    }
                    if (acknowledged.Count >= killAt)
                    {
                        first.Kill();
                    }
                    try
                    {
                        var response = await client.PostAsJsonAsync("/api/v1/signals", Body(i));
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            acknowledged[ClientId(i)] = await ReferenceOf(response);
                        }
                    }
                    catch (HttpRequestException) { }
                    catch (TaskCanceledException) { }
                }
            });
            await Task.WhenAll(workers);
        }
        acknowledged.Count.ShouldBeGreaterThanOrEqualTo(300);
        acknowledged.Count.ShouldBeLessThan(Requests, "the kill must have happened partway");

        using var second = await AppProcess.StartAsync(_database.Provider, _database.ConnectionString);
        await using (var db = Db())
        {
            var stored = await db.Signals.AsNoTracking().Where(s => s.ClientId != null && s.ClientId.StartsWith("crash-"))
                .Select(s => new { s.ClientId, s.Reference, Forms = s.Forms.Count, Subjects = s.Subjects.Count, Events = s.Events.Count }).ToListAsync();
            stored.GroupBy(s => s.ClientId).ShouldAllBe(g => g.Count() == 1, "no signal is stored twice");
            stored.ShouldAllBe(s => s.Forms == 1 && s.Subjects == 1 && s.Events >= 1, "no half-written signal");
            foreach (var (clientId, reference) in acknowledged)
            {
                stored.ShouldContain(s => s.ClientId == clientId && s.Reference == reference, $"acknowledged {clientId} must be there");
            }
        }

        // Partner systems retry what was not acknowledged; idempotency makes every signal land exactly once.
        using (var client = Client(second.BaseUrl, key))
        {
            for (var i = 0; i < Requests; i++)
            {
                if (acknowledged.ContainsKey(ClientId(i)))
                {
                    continue;
                }
                var response = await client.PostAsJsonAsync("/api/v1/signals", Body(i));
                response.StatusCode.ShouldBeOneOf(HttpStatusCode.Created, HttpStatusCode.OK);
            }
        }
        await using (var db = Db())
        {
            (await db.Signals.CountAsync(s => s.ClientId != null && s.ClientId.StartsWith("crash-"))).ShouldBe(Requests);
        }
    }

    private static string ClientId(int i) => $"crash-{i:D4}";

    private static object Body(int i) => new
    {
        clientId = ClientId(i), melderType = "POLITIE", municipality = i % 2 == 0 ? "Zwolle" : "Deventer", forms = new[] { "ARBEID" },
        description = $"Controle {i}: werknemers slapen in het bedrijfspand.",
        subjects = new[] { new { role = "victim", fullName = $"Werknemer {i}", phones = new[] { $"06{i:D8}" } } },
    };

    private static async Task<string> ReferenceOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;

    private static HttpClient Client(string baseUrl, string key)
    {
        var client = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private SchakelDb Db() => _database.Open();

    public void Dispose() => _database.Dispose();
}
