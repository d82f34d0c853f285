namespace Schakel.Cli.Ads;

/// <summary>RFC 4180 quoting for output fields: quoted only when needed, so plain ids stay plain.</summary>
internal static class CsvText
{
    private static readonly System.Buffers.SearchValues<char> NeedsQuotes = System.Buffers.SearchValues.Create(",\"\r\n");

    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(NeedsQuotes) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
