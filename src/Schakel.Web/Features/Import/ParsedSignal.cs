using System.Security.Cryptography;
using System.Text;
using Schakel.Core.Signals;

namespace Schakel.Web.Features.Import;

/// <summary>One signal as read from the file: its rows, its values, its persons and what is wrong with it.</summary>
public sealed class ParsedSignal
{
    public required string Key { get; init; }
    public required int FirstRow { get; init; }
    public int LastRow { get; set; }
    public HistoricSignal? Values { get; set; }
    public List<Subject> Subjects { get; } = [];
    public List<ImportProblem> Problems { get; } = [];
    public bool OpenInSource { get; set; }

    public bool Refused => Values is null || Problems.Any(p => !p.IsWarning);

    public int Rows => LastRow - FirstRow + 1;

    /// <summary>A hash of every value the import writes, so an unchanged signal in a corrected file is recognised.</summary>
    public string Hash()
    {
        var v = Values!;
        var sb = new StringBuilder();
        void Add(object? value) => sb.Append(value switch
        {
            DateTimeOffset d => d.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value?.ToString(),
        }).Append('\u001f');
        Add(v.Kind); Add(v.MelderTypeCode); Add(v.ReceivedAt); Add(v.ObservedOn); Add(v.MunicipalityId); Add(v.SectorCode);
        Add(v.Description); Add(v.Status); Add(v.Outcome); Add(v.ClosedAt); Add(string.Join(",", v.FormCodes.Order(StringComparer.Ordinal)));
        foreach (var s in Subjects)
        {
            sb.Append('\u001e');
            Add(s.Role); Add(s.FullName); Add(s.DateOfBirth); Add(s.AgeGroup); Add(s.Gender); Add(s.Nationality); Add(s.Street); Add(s.HouseNumber);
            Add(s.Postcode); Add(s.City); Add(s.Phones); Add(s.Emails); Add(s.LicensePlates);
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())).AsSpan(0, 16));
    }
}
