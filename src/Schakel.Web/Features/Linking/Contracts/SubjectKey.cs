using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Linking;
using Schakel.Core.Signals;

namespace Schakel.Web.Features.Linking.Contracts;

/// <summary>
/// One blocking key of a subject, as the linking engine makes it (a 64-bit hash of a normalised phone, plate,
/// address, name + birth year, …). Only hashes are stored, so the index repeats no personal data in readable form;
/// finding the candidates of one subject is an indexed lookup of its own keys, never a comparison with everyone.
/// </summary>
public class SubjectKey
{
    public long Id { get; set; }
    public int SubjectId { get; set; }
    public BlockKind Kind { get; set; }
    public long Key { get; set; }
}

public sealed class SubjectKeyConfiguration : IEntityTypeConfiguration<SubjectKey>
{
    public void Configure(EntityTypeBuilder<SubjectKey> k)
    {
        k.ToTable("SubjectKeys");
        k.HasIndex(x => new { x.Kind, x.Key });
        k.HasIndex(x => x.SubjectId);
        k.HasOne<Subject>().WithMany().HasForeignKey(x => x.SubjectId).OnDelete(DeleteBehavior.Cascade);
    }
}
