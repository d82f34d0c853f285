using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Signals;

namespace Schakel.Web.Features.Linking;

public enum LinkStatus
{
    /// <summary>Found by the engine, not yet assessed by the ketenregisseur.</summary>
    Candidate = 0,
    Confirmed = 1,
    /// <summary>Kept for good: a rejected pair is never proposed again, whatever new signals arrive.</summary>
    Rejected = 2,
}

/// <summary>
/// A pair of subjects from different signals that may be the same person, with the engine's score and reasons, and
/// the ketenregisseur's decision. <see cref="SubjectAId"/> is always the lower id, so a pair has exactly one row.
/// </summary>
public class SubjectLink
{
    public int Id { get; set; }
    public int SubjectAId { get; set; }
    public int SubjectBId { get; set; }
    public double Score { get; set; }
    /// <summary>The engine's reason tokens (<c>phone;name_fuzzy</c>), strongest first; see <see cref="LinkReasons"/>.</summary>
    public string Reasons { get; set; } = "";
    public LinkStatus Status { get; set; }
    /// <summary>Id ("FS-…") of the model that made <see cref="Score"/>; null for scores from before models were kept.</summary>
    public string? ModelId { get; set; }
    public DateTimeOffset FoundAt { get; set; }
    public string? DecidedByUserId { get; set; }
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecisionReason { get; set; }
    public int Version { get; set; }

    public bool IsProposed => Score >= Core.Linking.CandidateLink.ProposalThreshold;

    public int Other(int subjectId) => subjectId == SubjectAId ? SubjectBId : SubjectAId;
}

public sealed class SubjectLinkConfiguration : IEntityTypeConfiguration<SubjectLink>
{
    public void Configure(EntityTypeBuilder<SubjectLink> l)
    {
        l.ToTable("SubjectLinks");
        l.HasIndex(x => new { x.SubjectAId, x.SubjectBId }).IsUnique();
        l.HasIndex(x => x.SubjectBId);
        l.HasIndex(x => new { x.Status, x.Score });
        l.Property(x => x.Reasons).HasMaxLength(300);
        l.Property(x => x.ModelId).HasMaxLength(20);
        l.Property(x => x.DecidedBy).HasMaxLength(200);
        l.Property(x => x.DecisionReason).HasMaxLength(2000);
        l.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectAId).OnDelete(DeleteBehavior.Cascade);
        l.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectBId).OnDelete(DeleteBehavior.Cascade);
        l.Ignore(x => x.IsProposed);
    }
}
