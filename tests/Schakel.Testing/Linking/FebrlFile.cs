using System.Globalization;
using System.Text.RegularExpressions;

using Schakel.Core.Linking;

namespace Schakel.Testing.Linking;

/// <summary>
/// Reads the public FEBRL record-linkage benchmark files (synthetic Australian person records by Peter Christen, ANU) into
/// subject records, with the true pairs: records whose <c>rec_id</c> shares the entity number are one person. The national
/// id (<c>soc_sec_id</c>) is left out on purpose: Schakel's input has no such column. Used to measure linking on data it
/// was not built on.
/// </summary>
public static partial class FebrlFile
{
    public static SyntheticDataset Read(params string[] paths)
    {
        var records = new List<SubjectRecord>();
        var entityOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            using var reader = new StreamReader(path);
            var header = Split(reader.ReadLine() ?? "");
            int Col(string name) => Array.IndexOf(header, name);
            int id = Col("rec_id"), given = Col("given_name"), surname = Col("surname"), number = Col("street_number"),
                street = Col("address_1"), suburb = Col("suburb"), postcode = Col("postcode"), dob = Col("date_of_birth");
            while (reader.ReadLine() is { } line)
            {
                if (line.Length == 0)
                {
                    continue;
                }
                var f = Split(line);
                var recId = f[id];
                var date = f[dob];
                if (date.Length == 8 && date.All(char.IsAsciiDigit))
                {
                    date = string.Create(CultureInfo.InvariantCulture, $"{date[..4]}-{date[4..6]}-{date[6..]}");
                }
                var name = string.Join(' ', new[] { f[given], f[surname] }.Where(x => x.Length > 0));
                records.Add(new SubjectRecord(recId, recId, Empty(name), Empty(date), null, null, Empty(f[street]), Empty(f[number]),
                    Empty(f[postcode]), Empty(f[suburb]), null, null));
                entityOf[recId] = EntityPattern().Match(recId).Groups[1].Value;
            }
        }
        var truth = new HashSet<(string A, string B)>();
        foreach (var group in entityOf.GroupBy(x => x.Value, x => x.Key))
        {
            var ids = group.Order(StringComparer.Ordinal).ToList();
            for (var i = 0; i < ids.Count; i++)
            {
                for (var j = i + 1; j < ids.Count; j++)
                {
                    truth.Add((ids[i], ids[j]));
                }
            }
        }
        return new SyntheticDataset(records, truth, entityOf.Values.Distinct().Count());
    }

    private static string[] Split(string line) => line.Split(',').Select(x => x.Trim()).ToArray();

    private static string? Empty(string s) => s.Length == 0 ? null : s;

    [GeneratedRegex(@"^rec-(\d+)")]
    private static partial Regex EntityPattern();
}
