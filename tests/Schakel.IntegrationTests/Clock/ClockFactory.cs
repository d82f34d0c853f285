using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Testing;
using Schakel.Web.Features.Notifications;

namespace Schakel.IntegrationTests.Clock;

/// <summary>
/// The app on a clock that stands at a late winter evening in UTC: 23:27 UTC on 10 March 2026 is 00:27 on 11 March in
/// the Netherlands, so every page that shows the hour or the date in UTC (or in the server's zone) shows it wrong.
/// Mail to melders is kept, to read what they were told.
/// </summary>
public sealed class ClockFactory : SchakelFactory
{
    public static readonly DateTimeOffset Moment = new(2026, 3, 10, 23, 27, 0, TimeSpan.Zero);

    public RecordingEmail Mail { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(new StandingClock(Moment));
            services.AddSingleton<IEmailSender>(Mail);
        });
    }

    /// <summary>Stands at one moment, moving one tick per reading so that "later" stays later within the minute.</summary>
    private sealed class StandingClock(DateTimeOffset at) : TimeProvider
    {
        private long _ticks;

        public override DateTimeOffset GetUtcNow() => at.AddTicks(Interlocked.Increment(ref _ticks));
    }
}

public sealed class RecordingEmail : IEmailSender
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<(string To, string Subject, string Body)> _sent = new();

    public IReadOnlyList<(string To, string Subject, string Body)> Sent => [.. _sent];

    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken)
    {
        _sent.Enqueue((to, subject, body));
        return Task.CompletedTask;
    }
}
