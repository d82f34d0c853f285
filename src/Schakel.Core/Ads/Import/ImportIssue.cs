namespace Schakel.Core.Ads;

public enum ImportIssueKind
{
    /// <summary>The line is left out of the screening.</summary>
    Rejected,

    /// <summary>The ad is screened, but one field was ignored.</summary>
    FieldIgnored,
}

/// <summary>A problem with one input line, worded in Dutch for the analyst who has to fix the file.</summary>
public sealed record ImportIssue(int Line, string? AdId, ImportIssueKind Kind, string Message)
{
    public override string ToString()
    {
        var what = Kind == ImportIssueKind.Rejected ? "afgewezen" : "veld genegeerd";
        var id = string.IsNullOrEmpty(AdId) ? "" : $" (ad_id {AdId})";
        return $"regel {Line}{id}: {what}: {Message}";
    }
}
