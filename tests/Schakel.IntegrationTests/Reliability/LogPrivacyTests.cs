using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Reliability;

/// <summary>
/// Every log line of a request with a name in the query string and a signal with personal data in the form, with
/// the framework's and EF's logging turned up to Information as an operator chasing a problem would do.
/// </summary>
public sealed class LogPrivacyTests(LogPrivacyTests.CapturingFactory factory) : IClassFixture<LogPrivacyTests.CapturingFactory>
{
    [Fact]
    public async Task Request_logs_hold_method_path_and_status_but_no_query_string_or_form_values()
    {
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        (await af.GetAsync("/meldingen?Q=Zoeknaam%20Vermeulen&Status=open")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var zwolle = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync());
        var anonymous = WebSession.Anonymous(factory);
        var token = WebSession.HiddenValue(await anonymous.GetHtmlAsync("/melden"), "SubmissionToken")!;
        var posted = await anonymous.PostFormAsync("/melden", new()
        {
            ["SubmissionToken"] = token, ["Draft.MelderTypeCode"] = "BURGER", ["Draft.MunicipalityId"] = zwolle.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Draft.FormCodes"] = "SEKS", ["Draft.Description"] = "Logcontrole: vrouw wordt dagelijks opgehaald.", ["Draft.Subjects[0].Role"] = "PossibleVictim",
            ["Draft.Subjects[0].FullName"] = "Dagmar Logvrouw", ["Draft.Subjects[0].Phones"] = "06 11223344", ["Draft.MelderContact"] = "melder.log@example.nl",
        });
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var lines = factory.Lines.ToList();
        lines.ShouldContain(l => l.Category == "Schakel.Requests" && l.Text == "HTTP GET /meldingen answered 200", "a request line per request");
        lines.ShouldContain(l => l.Category == "Schakel.Requests" && l.Text == "HTTP POST /melden answered 302");
        lines.ShouldContain(l => l.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal), "framework logging is really on in this test");
        foreach (var secret in new[] { "Zoeknaam", "Vermeulen", "Dagmar", "Logvrouw", "11223344", "melder.log@", "Logcontrole" })
        {
            lines.ShouldNotContain(l => l.All.Contains(secret, StringComparison.OrdinalIgnoreCase), $"no log line may contain '{secret}'");
        }
    }

    public sealed record Line(string Category, string Text, string All, LogLevel Level = LogLevel.Information);

    public sealed class CapturingFactory : SchakelFactory, ILoggerProvider
    {
        public ConcurrentQueue<Line> Lines { get; } = new();

        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("Logging:LogLevel:Default", "Information"),
            new("Logging:LogLevel:Microsoft.AspNetCore", "Information"),
            new("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Information"),
        ];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(l => l.AddProvider(this));
        }

        public ILogger CreateLogger(string categoryName) => new Capture(categoryName, Lines);

        void IDisposable.Dispose() => Dispose();

        private sealed class Capture(string category, ConcurrentQueue<Line> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var text = formatter(state, exception);
                // Structured sinks see the raw values too, so those are checked as well as the rendered text.
                var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("|", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
                lines.Enqueue(new Line(category, StripTiming(text), $"{text}|{values}|{exception}", logLevel));
            }

            private static string StripTiming(string text) =>
                System.Text.RegularExpressions.Regex.Replace(text, " in [0-9.,]+ ms$", "");
        }
    }
}
