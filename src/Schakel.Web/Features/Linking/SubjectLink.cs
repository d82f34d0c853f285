using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Linking;
using Schakel.Core.Signals;

namespace Schakel.Web.Features.Linking;

/// <summary>Where a pair stands. <see cref="Confirmed"/> means "zelfde persoon"; <see cref="Related"/> a confirmed relation.</summary>
public enum LinkStatus
{
    /// <summary>Found by the engine, not yet assessed by the ketenregisseur.</summary>
    Candidate = 0,
    Confirmed = 1,
    /// <summary>"Geen verband", kept for good: a rejected pair is never proposed again, whatever new signals arrive.</summary>
    Rejected = 2,
    /// <summary>"Wel verband, niet dezelfde persoon": two persons in one network; never joins an identity cluster.</summary>
    Related = 3,
}

/// <summary>
/// A pair of subjects from different signals that may be the same person or two related persons (<see cref="Kind"/>),
/// with the engine's score and reasons, and the ketenregisseur's decision. <see cref="SubjectAId"/> is always the lower id, so a pair has exactly one row.
/// </summary>
public class SubjectLink
{
    public int Id { get; set; }
    public int SubjectAId { get; set; }
    public int SubjectBId { get; set; }
    public double Score { get; set; }
    /// <summary>The engine's reason tokens (<c>phone;name_fuzzy</c>), strongest first; see <see cref="LinkReasons"/>.</summary>
    public string Reasons { get; set; } = "";
    /// <summary>What the engine proposes: one person, or two persons sharing an identifier (or a victim and a suspect).</summary>
    public LinkKind Kind { get; set; }
    public LinkStatus Status { get; private set; }
    /// <summary>Id ("FS-…") of the model that made <see cref="Score"/>; null for scores from before models were kept.</summary>
    public string? ModelId { get; set; }
    public DateTimeOffset FoundAt { get; set; }
    public string? DecidedByUserId { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionReason { get; private set; }
    public int Version { get; set; }

    public bool IsProposed => Kind == LinkKind.SamePerson && Score >= CandidateLink.ProposalThreshold;

    /// <summary>Decided as a thread of a network: one person, or two related persons.</summary>
    public bool IsConfirmedLink => Status is LinkStatus.Confirmed or LinkStatus.Related;

    public int Other(int subjectId) => subjectId == SubjectAId ? SubjectBId : SubjectAId;

    /// <summary>The ketenregisseur decides a candidate pair once, with a reason; a decided pair stays decided.</summary>
    public void Decide(LinkStatus decision, Core.Common.Actor by, string reason, DateTimeOffset at)
    {
        if (decision is not (LinkStatus.Confirmed or LinkStatus.Related or LinkStatus.Rejected))
        {
            throw new Core.Common.DomainException("Kies: zelfde persoon, wel verband maar niet dezelfde persoon, of geen verband.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new Core.Common.DomainException("Geef aan waarom u zo besluit.");
        }
        if (Status != LinkStatus.Candidate)
        {
            throw new Core.Common.DomainException("Over dit paar is al besloten.");
        }
        Status = decision;
        DecidedAt = at;
        DecidedByUserId = by.UserId;
        DecidedBy = by.Name;
        DecisionReason = reason.Trim();
    }

    /// <summary>Takes a new score from <paramref name="modelId"/>; the store saves only what actually changed.</summary>
    public void Rescore(double score, MatchReason reasons, LinkKind kind, string modelId)
    {
        Score = score;
        Reasons = MatchReasons.ToText(reasons);
        Kind = kind;
        ModelId = modelId;
    }
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
        l.Ignore(x => x.IsConfirmedLink);
    }
}
