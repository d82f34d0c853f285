namespace Schakel.Web.Features.Ads.Contracts;

/// <summary>
/// One imported advertisement with its latest screening. The score, fired indicators and cluster are replaced at
/// every rescoring of the stored set; <see cref="ProfileVersion"/> says which profile produced them.
/// </summary>
public class StoredAd
{
    public int Id { get; set; }
    public required string AdId { get; set; }

    /// <summary><see cref="Core.Ads.AdDedupeKey"/>: the same posting collected twice is stored once.</summary>
    public required string DedupeKey { get; set; }

    public int ImportId { get; set; }
    public DateTime? PostedAt { get; set; }
    public string? City { get; set; }
    public string? Phone { get; set; }
    public string? Handle { get; set; }
    public string Title { get; set; } = "";
    public string Text { get; set; } = "";
    public decimal? Price { get; set; }
    public int? AgeClaimed { get; set; }
    public string? PhotoHash { get; set; }

    public double RiskScore { get; set; }
    public bool Flagged { get; set; }

    /// <summary>Fired indicator codes, ';'-separated in profile order.</summary>
    public string Indicators { get; set; } = "";

    public string? ProfileVersion { get; set; }
    public DateTimeOffset? ScoredAt { get; set; }

    /// <summary>Engine cluster id: "c" + the smallest ad id of the cluster.</summary>
    public string ClusterKey { get; set; } = "";

    public AdOutcome? Outcome { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public string? SignalReference { get; set; }
    public int Version { get; set; }

    /// <summary>A review records one of the known outcomes, who gave it and when; a later review replaces it.</summary>
    public void Review(AdOutcome outcome, string reviewer, DateTimeOffset at)
    {
        AdReviewRules.Check(outcome);
        Outcome = outcome;
        ReviewedAt = at;
        ReviewedBy = reviewer;
    }

    /// <summary>Set when the retention period removed phone, handle, texts and photo; the counts stay for the figures.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    public Core.Ads.Ad ToAd() => new()
    {
        AdId = AdId, PostedAt = PostedAt, City = City, Phone = Phone, Handle = Handle, Title = Title, Text = Text,
        Price = Price, AgeClaimed = AgeClaimed, PhotoHash = PhotoHash,
    };
}

/// <summary>A cluster of stored ads as the last rescoring found it; its review survives a rescoring that keeps its key.</summary>
public class StoredAdCluster
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public int AdCount { get; set; }
    public int FlaggedAds { get; set; }
    public double MaxRisk { get; set; }
    public DateTime? FirstPostedAt { get; set; }
    public DateTime? LastPostedAt { get; set; }
    public string Phones { get; set; } = "";
    public string Handles { get; set; } = "";
    public string Cities { get; set; } = "";
    public string? ProfileVersion { get; set; }
    public AdOutcome? Outcome { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    public string? ReviewedBy { get; private set; }
    public int Version { get; set; }

    /// <summary>A review of the whole cluster, as <see cref="StoredAd.Review"/>.</summary>
    public void Review(AdOutcome outcome, string reviewer, DateTimeOffset at)
    {
        AdReviewRules.Check(outcome);
        Outcome = outcome;
        ReviewedAt = at;
        ReviewedBy = reviewer;
    }
}

internal static class AdReviewRules
{
    public static void Check(AdOutcome outcome)
    {
        if (!Enum.IsDefined(outcome))
        {
            throw new Core.Common.DomainException("Kies een geldige beoordeling.");
        }
    }
}

/// <summary>One upload: who, when, and the counts of its report.</summary>
public class AdImportBatch
{
    public int Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string FileName { get; set; } = "";
    public int Imported { get; set; }
    public int Duplicates { get; set; }
    public int Rejected { get; set; }
    public int FieldWarnings { get; set; }
}

/// <summary>
/// A version of the risk profile as JSON (<see cref="Core.Ads.RiskProfile.ToJson"/>). Versions are never changed: an
/// edit stores a new one, so every stored score can be explained with the weights that produced it.
/// </summary>
public class AdProfileVersion
{
    public int Id { get; set; }
    public required string Version { get; set; }
    public required string Json { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public string? Reason { get; set; }
}

/// <summary>A review decision on an ad or a cluster, kept as history (the figures count these).</summary>
public class AdReview
{
    public int Id { get; set; }
    public int? AdId { get; set; }
    public int? ClusterId { get; set; }
    public AdOutcome Outcome { get; set; }
    public string? Note { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string? Actor { get; set; }
    public string? SignalReference { get; set; }
}

public enum AdOutcome
{
    NoConcern = 1,
    Monitor = 2,
    ControlVisit = 3,
    Signal = 4,
}

public static class AdLabels
{
    public static string Dutch(AdOutcome outcome) => outcome switch
    {
        AdOutcome.NoConcern => "Geen zorg",
        AdOutcome.Monitor => "Volgen",
        AdOutcome.ControlVisit => "Controlebezoek / handhaving",
        AdOutcome.Signal => "Melding gemaakt",
        _ => outcome.ToString(),
    };

    /// <summary>Outcomes that count as an action in the figures.</summary>
    public static bool IsAction(AdOutcome outcome) => outcome is AdOutcome.ControlVisit or AdOutcome.Signal;
}
