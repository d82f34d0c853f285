using System.ComponentModel.DataAnnotations;
using Schakel.Web.Infrastructure.Web;

namespace Schakel.Web.Features.Notifications.Mail;

/// <summary>How a relay expects the connection to be secured.</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS; refused when the relay does not offer it.</summary>
    StartTls,
    /// <summary>TLS from the first byte (usually port 465).</summary>
    Tls,
    /// <summary>No encryption: only for a relay on the same host or in tests.</summary>
    None,
}

/// <summary>The "Mail" section: the relay, the sender, retries and the daily digest.</summary>
public sealed class MailOptions
{
    /// <summary>Whether notifications are mailed at all; in-app notifications do not depend on it.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The SMTP relay; empty means no relay: outside Production the mail is written as .eml files instead.</summary>
    [MaxLength(255)]
    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = Settings.RangeMessage)]
    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>When set, Schakel authenticates at the relay with this user name and <see cref="Password"/>.</summary>
    [MaxLength(255)]
    public string? UserName { get; set; }

    public string? Password { get; set; }

    [EmailAddress(ErrorMessage = "vul een geldig e-mailadres in.")]
    public string? From { get; set; }

    [MaxLength(100)]
    public string FromName { get; set; } = "Schakel";

    /// <summary>Where Schakel is reached, for the link in every e-mail (e.g. https://schakel.regio.nl).</summary>
    [Url(ErrorMessage = "vul een volledig adres in, beginnend met https:// of http://.")]
    public string? BaseUrl { get; set; }

    /// <summary>Folder for .eml files when no relay is set; relative paths start at the application folder.</summary>
    public string? PickupDirectory { get; set; }

    [Range(1, 50, ErrorMessage = Settings.RangeMessage)]
    public int MaxAttempts { get; set; } = 10;

    [Range(1, 3600, ErrorMessage = Settings.RangeMessage)]
    public int RetryFirstSeconds { get; set; } = 30;

    [Range(1, 1440, ErrorMessage = Settings.RangeMessage)]
    public int RetryMaxMinutes { get; set; } = 60;

    /// <summary>How often the sender looks for due mail besides being woken after a commit; 0: this instance sends nothing.</summary>
    [Range(0, 3600, ErrorMessage = Settings.RangeMessage)]
    public int SendIntervalSeconds { get; set; } = 10;

    [Range(1, 600, ErrorMessage = Settings.RangeMessage)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>The hour (Dutch time) at which the daily digest goes out.</summary>
    [Range(0, 23, ErrorMessage = Settings.RangeMessage)]
    public int DigestHour { get; set; } = 8;

    /// <summary>How long sent mail stays in the outbox (for the administrator's view) before it is removed.</summary>
    [Range(1, 3650, ErrorMessage = Settings.RangeMessage)]
    public int KeepSentDays { get; set; } = 30;

    public bool UsesRelay => !string.IsNullOrWhiteSpace(Host);

    public string SenderAddress => string.IsNullOrWhiteSpace(From) ? "schakel@localhost" : From;
}
