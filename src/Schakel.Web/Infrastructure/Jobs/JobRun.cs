using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Schakel.Web.Infrastructure.Jobs;

/// <summary>
/// One claimed run of a scheduled job for one due time. The unique (Job, DueAt) key is what makes a job run once per
/// due time across app instances: every instance tries to insert the row, the database lets exactly one succeed.
/// </summary>
public class JobRun
{
    public long Id { get; set; }
    public required string Job { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public required string Instance { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Outcome { get; set; }
}

public sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.Property(x => x.Job).HasMaxLength(50);
        builder.Property(x => x.Instance).HasMaxLength(200);
        builder.Property(x => x.Outcome).HasMaxLength(500);
        // DueAt as UTC ticks so SQLite compares and indexes it exactly like PostgreSQL does.
        builder.Property(x => x.DueAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.HasIndex(x => new { x.Job, x.DueAt }).IsUnique();
    }
}
