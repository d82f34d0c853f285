namespace Schakel.Core.Ads;

/// <summary>
/// Result of reading one field: a value, nothing (field empty), or a problem in Dutch that the importer
/// reports while it keeps the rest of the ad.
/// </summary>
public readonly record struct ParseOutcome<T>(bool HasValue, T Value, string? Problem);

public static class ParseOutcome
{
    public static ParseOutcome<T> Empty<T>() => new(false, default!, null);

    public static ParseOutcome<T> Ok<T>(T value) => new(true, value, null);

    public static ParseOutcome<T> Fail<T>(string problem) => new(false, default!, problem);

    /// <summary>The outcome of a shared identifier normaliser, which answers with a value or the reason there is none.</summary>
    public static ParseOutcome<string> From(string? value, string? problem) =>
        value is not null ? Ok(value) : problem is null ? Empty<string>() : Fail<string>(problem);
}
