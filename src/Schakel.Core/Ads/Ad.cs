namespace Schakel.Core.Ads;

/// <summary>
/// One advertisement after import: identifying fields are already normalised so that the engine can
/// compare them with plain equality. A field that could not be read is null rather than a guess.
/// </summary>
public sealed record Ad
{
    public required string AdId { get; init; }

    /// <summary>Moment of posting in UTC; values without an offset are taken as UTC.</summary>
    public DateTime? PostedAt { get; init; }

    /// <summary>City as written, for display.</summary>
    public string? City
    {
        get => _city;
        init
        {
            _city = value;
            CityKey = CityNormalizer.Key(value);
        }
    }

    /// <summary>
    /// Folded city name used to compare cities ("'s-Hertogenbosch" and "den bosch" are one city); derived
    /// from <see cref="City"/> so no caller can forget it.
    /// </summary>
    public string? CityKey { get; private init; }

    private readonly string? _city;

    /// <summary>Phone number in E.164 form, e.g. +31612345678.</summary>
    public string? Phone { get; init; }

    /// <summary>Handle in lower case without @ or URL prefix.</summary>
    public string? Handle { get; init; }

    public string Title { get; init; } = "";

    public string Text { get; init; } = "";

    /// <summary>Price in euros as stated; the unit (hour, half hour) is unknown, so only relative use is safe.</summary>
    public decimal? Price { get; init; }

    public int? AgeClaimed { get; init; }

    public string? PhotoHash { get; init; }
}
