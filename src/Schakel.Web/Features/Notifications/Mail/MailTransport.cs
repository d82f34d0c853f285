using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Schakel.Web.Features.Notifications.Mail;

/// <summary>Where a finished message goes: the SMTP relay, or a folder of .eml files when none is set.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Hands each message to the configured relay over a connection secured as the settings demand.</summary>
public sealed class SmtpMailTransport(MailOptions options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient { Timeout = options.TimeoutSeconds * 1000 };
        var security = options.Security switch
        {
            SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            // StartTls (not StartTlsWhenAvailable): a relay that does not offer it is refused, never used in plain text.
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(options.Host!, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
        {
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>
/// Writes each message as an .eml file, so a local run or a test shows what would have been sent without a relay.
/// A file appears whole or not at all: it is written under a temporary name and then renamed.
/// </summary>
public sealed class PickupDirectoryTransport(string directory, TimeProvider clock) : IMailTransport
{
    public string Directory { get; } = directory;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss}-{Guid.NewGuid():N}";
        var temporary = Path.Combine(Directory, name + ".tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, Path.Combine(Directory, name + ".eml"));
    }
}
