using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Testing;
using Schakel.Web.Features.Notifications.Mail;

namespace Schakel.IntegrationTests.Mail;

/// <summary>
/// The app sending through <see cref="TestMailbox"/> with quick retries. Given another factory's database, it is a
/// second instance (or the restarted first) of the same installation.
/// </summary>
public sealed class MailFactory(TestMailbox mailbox, bool sends = true, SchakelFactory? sharing = null, int maxAttempts = 10, string security = "None") : SchakelFactory
{
    public const string BaseUrl = "https://schakel.test";

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Mail:Host", "127.0.0.1"), new("Mail:Port", mailbox.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Mail:Security", security), new("Mail:From", "schakel@regio.test"), new("Mail:BaseUrl", BaseUrl),
        new("Mail:RetryFirstSeconds", "1"), new("Mail:RetryMaxMinutes", "1"), new("Mail:TimeoutSeconds", "5"),
        new("Mail:SendIntervalSeconds", sends ? "1" : "0"), new("Mail:MaxAttempts", maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (sharing is not null)
        {
            builder.UseSetting("ConnectionStrings:Schakel", sharing.Database.ConnectionString);
        }
    }

    public Task<long> LastOutboxIdAsync() => WithAsync(db => db.Set<OutboxMessage>().MaxAsync(m => (long?)m.Id)).ContinueWith(t => t.Result ?? 0);

    public Task<List<OutboxMessage>> OutboxAfterAsync(long id) =>
        WithAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Id > id).OrderBy(m => m.Id).ToListAsync());

    /// <summary>The outbox id a received message was sent from (its Message-Id is stable per row).</summary>
    public static long OutboxId(MimeKit.MimeMessage message) =>
        long.Parse(message.MessageId!.Split('@')[0]["outbox-".Length..], System.Globalization.CultureInfo.InvariantCulture);

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();
}
