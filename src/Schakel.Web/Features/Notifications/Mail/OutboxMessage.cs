using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Features.Notifications.Mail;

/// <summary>
/// One e-mail waiting to go out, written in the same save as the change it announces, so a process that dies after
/// the commit still sends it when it comes back. It holds the kind and a link, never the case: the text is made from
/// the kind's template when the mail is sent.
/// </summary>
public class OutboxMessage
{
    /// <summary>The kind of mail to the melder, who is not a user: its subject and text come from the caller.</summary>
    public const string MelderKind = "Melder";

    /// <summary>The daily digest that gathers a user's held notifications.</summary>
    public const string DigestKind = "Digest";

    public long Id { get; set; }

    /// <summary>A <see cref="Contracts.NotificationKind"/> name, <see cref="MelderKind"/> or <see cref="DigestKind"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The user it is for; null for a melder.</summary>
    public string? UserId { get; set; }

    public required string Recipient { get; set; }

    /// <summary>The template's data as JSON (<see cref="MailData"/>): a link, counts, or the melder's fixed text.</summary>
    public required string Data { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Waits for the user's daily digest instead of going out on its own.</summary>
    public bool HeldForDigest { get; set; }

    /// <summary>The digest that carried this notification.</summary>
    public long? DigestId { get; set; }

    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? DeadAt { get; set; }
    public string? LastError { get; set; }

    /// <summary>The instance sending it now; another instance leaves the row alone until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    private static readonly Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, long> UtcTicks =
        new(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));

    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(x => x.Kind).HasMaxLength(40);
        builder.Property(x => x.UserId).HasMaxLength(450);
        builder.Property(x => x.Recipient).HasMaxLength(256);
        builder.Property(x => x.Data).HasMaxLength(4000);
        builder.Property(x => x.LastError).HasMaxLength(1000);
        builder.Property(x => x.ClaimedBy).HasMaxLength(200);
        // Times the sender compares are stored as UTC ticks, so SQLite compares them exactly as PostgreSQL does.
        builder.Property(x => x.CreatedAt).HasConversion(UtcTicks);
        builder.Property(x => x.NextAttemptAt).HasConversion(UtcTicks);
        builder.Property(x => x.SentAt).HasConversion(UtcTicks);
        builder.Property(x => x.DeadAt).HasConversion(UtcTicks);
        builder.Property(x => x.ClaimedUntil).HasConversion(UtcTicks);
        builder.HasIndex(x => new { x.SentAt, x.DeadAt, x.HeldForDigest, x.NextAttemptAt });
        builder.HasIndex(x => new { x.UserId, x.HeldForDigest });
    }
}

/// <summary>Whether a user gets non-acute notifications one by one or gathered in a daily digest.</summary>
public class MailPreference
{
    public required string UserId { get; set; }
    public bool DailyDigest { get; set; }
}

public sealed class MailPreferenceConfiguration : IEntityTypeConfiguration<MailPreference>
{
    public void Configure(EntityTypeBuilder<MailPreference> builder)
    {
        builder.ToTable("MailPreferences");
        builder.HasKey(x => x.UserId);
        builder.Property(x => x.UserId).HasMaxLength(450);
        builder.HasOne<Infrastructure.Identity.SchakelUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
