namespace Schakel.Core.Ads;

/// <summary>One record of a CSV file: its fields, or why it could not be read. Line is where it starts (1-based).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields, string? Error);
