using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Schakel.Core.Signals;

namespace Schakel.Web.Features.Dashboard.Contracts;

/// <summary>What a pre-counted figure counts. Flow codes are "lives&gt;place"; the "via" flows carry the focus municipality first ("focus|lives&gt;place").</summary>
public enum FigureDimension
{
    Form = 1,
    Sector = 2,
    MelderType = 3,
    Municipality = 4,
    Registered = 5,
    AgeGroup = 6,
    Gender = 7,
    Nationality = 8,
    /// <summary>Signals per case they belong to (code: the case id); funnel and tracks look the cases up.</summary>
    Case = 9,
    /// <summary>Signals the table found a reasonable suspicion in (an agenda decision); agenda saves mark the signal's month.</summary>
    Suspicion = 10,
    /// <summary>Possible victims per case their signal belongs to (code: the case id), for the victims still in a case.</summary>
    CaseVictims = 11,
    FlowWork = 20,
    FlowFound = 21,
    /// <summary>The work pair of a victim found in the focus municipality who neither lives nor works there.</summary>
    FlowWorkViaFound = 22,
    /// <summary>The found pair of a victim working in the focus municipality who neither lives nor was found there.</summary>
    FlowFoundViaWork = 23,
}

/// <summary>
/// Signals (or forms, or possible victims) of one calendar month (UTC) and one municipality (0: none yet) per kind and code.
/// A whole month is always recounted at once for its municipality, so the rows of a month are exact or marked dirty.
/// </summary>
public class FigureMonthCount
{
    public long Id { get; set; }
    /// <summary>Year * 100 + month.</summary>
    public int Month { get; set; }
    public int MunicipalityId { get; set; }
    public SignalKind Kind { get; set; }
    public FigureDimension Dimension { get; set; }
    public string? Code { get; set; }
    public int N { get; set; }
    /// <summary>The sum of the ids of the records counted, for the cell key of the disclosure control.</summary>
    public long IdSum { get; set; }
    /// <summary>
    /// Flows only: every pair of the month and municipality with its count and id sum ("code:n:sum;..."), in one row per dimension,
    /// because the pairs are many and a view sums them over every month.
    /// </summary>
    public string? Pairs { get; set; }
}

/// <summary>A month and municipality whose counts are stale; written in the same transaction as the change.</summary>
public class FigureDirtyMonth
{
    public long Id { get; set; }
    public int Month { get; set; }
    public int MunicipalityId { get; set; }
}

internal sealed class FigureMonthCountConfiguration : IEntityTypeConfiguration<FigureMonthCount>
{
    public void Configure(EntityTypeBuilder<FigureMonthCount> builder)
    {
        builder.ToTable("FigureCounts");
        builder.Property(x => x.Code).HasMaxLength(250);
        // Covers the dashboard's read: one dimension over a range of months, summed per code.
        builder.HasIndex(x => new { x.Dimension, x.Month, x.MunicipalityId, x.Kind, x.Code, x.N }).HasDatabaseName("IX_FigureCounts_Read");
        builder.HasIndex(x => new { x.Month, x.MunicipalityId });
    }
}

internal sealed class FigureDirtyMonthConfiguration : IEntityTypeConfiguration<FigureDirtyMonth>
{
    public void Configure(EntityTypeBuilder<FigureDirtyMonth> builder) => builder.ToTable("FigureDirtyMonths");
}
