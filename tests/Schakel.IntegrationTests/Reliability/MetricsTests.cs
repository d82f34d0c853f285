using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Reliability;

public sealed class MetricsTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task Intake_and_queue_lengths_are_measured_without_personal_data()
    {
        var measurements = new ConcurrentBag<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Schakel")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();

        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await factory.ApiKeyAsync());
        var response = await client.PostAsJsonAsync("/api/v1/signals", new { clientId = "metrics-1", melderType = "POLITIE", forms = new[] { "SEKS" }, description = "Meting" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        listener.RecordObservableInstruments();

        measurements.ShouldContain(m => m.Instrument == "schakel.signals.received" && m.Value == 1 && (string?)m.Tags["channel"] == "Api");
        var open = measurements.Where(m => m.Instrument == "schakel.signals.open").ToList();
        open.ShouldContain(m => (string?)m.Tags["status"] == "New" && m.Value > 0);
        measurements.SelectMany(m => m.Tags.Keys).Distinct().ShouldBeSubsetOf(["channel", "status"]);
    }
}
