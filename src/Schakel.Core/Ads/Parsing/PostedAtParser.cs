using System.Globalization;
using System.Runtime.CompilerServices;

namespace Schakel.Core.Ads;

/// <summary>
/// Reads posting moments in the formats collections come in: ISO 8601 date or date-time (with or
/// without offset) and the Dutch dd-MM-yyyy [HH:mm]. Loose parsing is avoided on purpose: "03-04-2025"
/// must never be read as 4 March.
/// </summary>
public static class PostedAtParser
{
    /// <summary>Clock skew and time zones make "a few hours in the future" normal; more is an error.</summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromDays(1);

    public static readonly DateTime Earliest = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly string[] IsoFormats =
    [
        "yyyy-MM-dd",
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz",
        "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:sszzz",
    ];

    private static readonly string[] DutchFormats =
    [
        "dd-MM-yyyy", "d-M-yyyy", "dd-MM-yyyy HH:mm", "d-M-yyyy H:mm", "dd-MM-yyyy HH:mm:ss",
    ];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static ParseOutcome<DateTime> Parse(string? raw, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return ParseOutcome.Empty<DateTime>();
        }

        var text = raw.Trim();
        // The year first or last tells the family apart, so only that family's formats are tried.
        var formats = text.Length > 4 && text[4] == '-' ? IsoFormats : DutchFormats;
        if (!DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return ParseOutcome.Fail<DateTime>($"datum '{raw}' is niet te lezen (gebruik jjjj-mm-dd of dd-mm-jjjj)");
        }

        var utc = parsed.UtcDateTime;
        if (utc > nowUtc + FutureTolerance)
        {
            return ParseOutcome.Fail<DateTime>($"datum '{raw}' ligt in de toekomst");
        }
        if (utc < Earliest)
        {
            return ParseOutcome.Fail<DateTime>($"datum '{raw}' ligt voor {Earliest:yyyy}");
        }
        return ParseOutcome.Ok(utc);
    }
}
