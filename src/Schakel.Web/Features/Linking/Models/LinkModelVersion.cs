using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Linking;
using Schakel.Core.Organisations;

namespace Schakel.Web.Features.Linking.Models;

/// <summary>
/// A linking model learned from one region's subjects, kept as a numbered version (1, 2, 3… per region) so every
/// score can name the model that made it and a decided pair can still be explained with the model it was judged on.
/// A new version is stored only when the estimate differs from the region's latest one.
/// </summary>
public class LinkModelVersion
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int Number { get; set; }

    /// <summary>The model's own id (<see cref="LinkModel.Id"/>, "FS-…"): a hash of its parameters.</summary>
    public string ModelId { get; set; } = "";
    public DateTimeOffset EstimatedAt { get; set; }

    /// <summary>Who asked for it: a user's name, or null for the scheduled estimation.</summary>
    public string? EstimatedBy { get; set; }
    public int Subjects { get; set; }
    public long RandomPairs { get; set; }
    public long BlockedPairs { get; set; }
    public int Iterations { get; set; }
    public bool Converged { get; set; }
    public double ExpectedMatches { get; set; }

    /// <summary>The full model (<see cref="LinkModel.ToJson"/>), so a score can be recomputed and explained later.</summary>
    public string Json { get; set; } = "";

    public static LinkModelVersion From(LinkModel model, int regionId, int number, DateTimeOffset at, string? by) => new()
    {
        RegionId = regionId, Number = number, ModelId = model.Id, EstimatedAt = at, EstimatedBy = by,
        Subjects = model.Fit.Subjects, RandomPairs = model.Fit.RandomPairs, BlockedPairs = model.Fit.BlockedPairs,
        Iterations = model.Fit.Iterations, Converged = model.Fit.Converged, ExpectedMatches = model.Fit.ExpectedMatches,
        Json = model.ToJson(),
    };
}

public sealed class LinkModelVersionConfiguration : IEntityTypeConfiguration<LinkModelVersion>
{
    public void Configure(EntityTypeBuilder<LinkModelVersion> v)
    {
        v.ToTable("LinkModelVersions");
        // Also what keeps two instances (or the scheduler and the button) from storing the same version number twice.
        v.HasIndex(x => new { x.RegionId, x.Number }).IsUnique();
        v.HasIndex(x => x.ModelId);
        v.Property(x => x.ModelId).HasMaxLength(20);
        v.Property(x => x.EstimatedBy).HasMaxLength(200);
        v.HasOne<Region>().WithMany().HasForeignKey(x => x.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
