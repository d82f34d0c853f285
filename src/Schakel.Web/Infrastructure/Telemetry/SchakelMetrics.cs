using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using OpenTelemetry.Metrics;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Infrastructure.Telemetry;

/// <summary>
/// Operational metrics without personal data: request rate and latency (ASP.NET Core instrumentation), runtime figures,
/// signals received per channel and the length of the open queues. Exported over OTLP when an endpoint is configured.
/// </summary>
public sealed class SchakelMetrics : IDisposable
{
    public const string MeterName = "Schakel";
    private readonly Meter _meter = new(MeterName);
    private readonly Counter<long> _received;
    private readonly IServiceScopeFactory _scopes;
    private readonly DatabaseState _state;

    public SchakelMetrics(IServiceScopeFactory scopes, DatabaseState state)
    {
        _scopes = scopes;
        _state = state;
        _received = _meter.CreateCounter<long>("schakel.signals.received", unit: "{signal}", description: "Signals and advice questions received, per intake channel.");
        _meter.CreateObservableGauge("schakel.signals.open", ObserveOpen, unit: "{signal}", description: "Open signals per status (the municipal queues and the table).");
    }

    public void SignalReceived(IntakeChannel channel) => _received.Add(1, new KeyValuePair<string, object?>("channel", channel.ToString()));

    private IEnumerable<Measurement<long>> ObserveOpen()
    {
        if (!_state.Ready)
        {
            return [];
        }
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
        return db.Signals.Where(s => s.Status == SignalStatus.New || s.Status == SignalStatus.InProgress || s.Status == SignalStatus.RegisteredForTable || s.Status == SignalStatus.AwaitingTriage)
            .GroupBy(s => s.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToList()
            .Select(x => new Measurement<long>(x.Count, new KeyValuePair<string, object?>("status", x.Key.ToString())));
    }

    public void Dispose() => _meter.Dispose();
}

public static class TelemetryRegistration
{
    public static IServiceCollection AddSchakelTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SchakelMetrics>();
        var otlp = configuration["OpenTelemetry:OtlpEndpoint"];
        services.AddOpenTelemetry().WithMetrics(metrics =>
        {
            metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(SchakelMetrics.MeterName);
            if (!string.IsNullOrWhiteSpace(otlp))
            {
                metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
            }
        });
        return services;
    }
}
