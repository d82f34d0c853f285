namespace Schakel.Core.Ads;

public sealed record AdImportResult
{
    /// <summary>Set when the file as a whole cannot be used (no or unusable header); then there are no ads.</summary>
    public string? FatalError { get; init; }

    public IReadOnlyList<Ad> Ads { get; init; } = [];

    /// <summary>The input line (for JSON: the item number) of each ad, parallel to <see cref="Ads"/>.</summary>
    public IReadOnlyList<int> Lines { get; init; } = [];

    /// <summary>Per-line problems, sorted by line.</summary>
    public IReadOnlyList<ImportIssue> Issues { get; init; } = [];

    /// <summary>Exact repeats of an ad that were dropped silently.</summary>
    public int DuplicatesDropped { get; init; }
}
