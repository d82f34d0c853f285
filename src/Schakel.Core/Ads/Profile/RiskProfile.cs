using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schakel.Core.Ads;

/// <summary>
/// A versioned, explainable set of weighted indicators. The version is stored with every screening so
/// that a score can later be traced to the weights that produced it.
/// </summary>
public sealed record RiskProfile
{
    public const int MaxIndicators = 64;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // Profiles are edited by hand: keep "€", "§" and quotes readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public required string Version { get; init; }

    /// <summary>Ads scoring at or above this are flagged for review.</summary>
    public double FlagThreshold { get; init; } = 0.5;

    public RiskProfileParameters Parameters { get; init; } = new();

    public required IReadOnlyList<IndicatorDefinition> Indicators { get; init; }

    public static RiskProfile Default => DefaultRiskProfile.Instance;

    public static RiskProfile FromJson(string json)
    {
        RiskProfile? profile;
        try
        {
            profile = JsonSerializer.Deserialize<RiskProfile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new RiskProfileException($"risicoprofiel is geen geldige JSON: {e.Message}", e);
        }
        if (profile is null)
        {
            throw new RiskProfileException("risicoprofiel is leeg");
        }
        profile.Validate();
        return profile;
    }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Rejects profiles that would silently score wrong rather than letting them run.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Version))
        {
            throw new RiskProfileException("risicoprofiel heeft geen versie");
        }
        if (FlagThreshold is <= 0 or > 1 || double.IsNaN(FlagThreshold))
        {
            throw new RiskProfileException("drempel (flagThreshold) moet tussen 0 en 1 liggen");
        }
        if (Indicators.Count > MaxIndicators)
        {
            throw new RiskProfileException($"risicoprofiel heeft meer dan {MaxIndicators} indicatoren");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var indicator in Indicators)
        {
            if (string.IsNullOrWhiteSpace(indicator.Code) || !indicator.Code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
            {
                throw new RiskProfileException($"indicatorcode '{indicator.Code}' moet uit kleine letters, cijfers en _ bestaan");
            }
            if (!seen.Add(indicator.Code))
            {
                throw new RiskProfileException($"indicator '{indicator.Code}' staat dubbel in het profiel");
            }
            if (indicator.Weight is < 0 or > 1 || double.IsNaN(indicator.Weight))
            {
                throw new RiskProfileException($"gewicht van '{indicator.Code}' moet tussen 0 en 1 liggen");
            }
            var computed = IndicatorCodes.Computed.Contains(indicator.Code);
            if (computed && indicator.Phrases.Count > 0)
            {
                throw new RiskProfileException($"'{indicator.Code}' wordt berekend en kan geen zinnen hebben");
            }
            if (!computed && indicator.Phrases.Count == 0)
            {
                throw new RiskProfileException($"tekstindicator '{indicator.Code}' heeft geen zinnen");
            }
        }
        var p = Parameters;
        if (p.MinDistinctNamesPerContact < 2 || p.MinDistinctPhotosPerContact < 2 || p.MultiCityMinCities < 2
            || p.CircuitWindowDays < 1 || p.YoungAgeMin > p.YoungAgeMax || p.LowPriceAbsolute < 0
            || p.LowPriceMedianRatio is < 0 or > 1 || p.NearDuplicateJaccard is < 0.3 or > 1)
        {
            throw new RiskProfileException("een of meer parameters van het risicoprofiel liggen buiten hun bereik");
        }
    }
}
