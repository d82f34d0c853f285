using System.Globalization;
using Schakel.Core.Linking;
using Schakel.Core.Signals;

namespace Schakel.Web.Features.Linking.Contracts;

/// <summary>Turns a stored subject into what the linking engine compares.</summary>
public static class SubjectRecords
{
    /// <summary>
    /// The subject as engine records. A subject keeps several licence plates one per line while the engine reads one
    /// plate per record, so each further plate becomes an extra record of the same subject (the engine merges them).
    /// </summary>
    public static IReadOnlyList<SubjectRecord> ToRecords(Subject s)
    {
        var id = s.Id.ToString(CultureInfo.InvariantCulture);
        var plates = Lines(s.LicensePlates);
        var first = new SubjectRecord(id, s.SignalId.ToString(CultureInfo.InvariantCulture), s.FullName,
            s.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Joined(s.Phones), Joined(s.Emails),
            s.Street, s.HouseNumber, s.Postcode, s.City, plates.FirstOrDefault(), Joined(s.Handles), RoleToken(s.Role));
        var records = new List<SubjectRecord> { first };
        foreach (var plate in plates.Skip(1))
        {
            records.Add(new SubjectRecord(id, first.SignalId, null, null, null, null, null, null, null, null, plate, null));
        }
        return records;
    }

    /// <summary>The engine's role token: a victim and a suspect are never proposed as one person.</summary>
    public static string RoleToken(SubjectRole role) => role switch
    {
        SubjectRole.PossibleVictim => "victim",
        SubjectRole.PossiblePerpetrator => "suspect",
        _ => "other",
    };

    public static SubjectFeatures Features(Subject s)
    {
        SubjectFeatures? features = null;
        foreach (var record in ToRecords(s))
        {
            var f = FeatureExtractor.Extract(record, null);
            features = features is null ? f : SubjectFeatures.Merge(features, f);
        }
        return features!;
    }

    public static List<ulong> Keys(SubjectFeatures features)
    {
        var keys = new List<ulong>(16);
        BlockingKeys.Generate(features, keys);
        return keys;
    }

    private static List<string> Lines(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    // The normalisers split lists on ';' and treat a line break in a phone field the same way.
    private static string? Joined(string? value) => Lines(value) is { Count: > 0 } lines ? string.Join(';', lines) : null;
}
