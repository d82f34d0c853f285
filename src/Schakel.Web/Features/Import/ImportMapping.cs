using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schakel.Web.Features.Import;

/// <summary>
/// How a source's file maps onto Schakel: which column (by its header text) fills which field, and which Schakel code
/// each of the source's own values stands for. Stored per source (<see cref="ImportSource"/>) so the next upload of
/// the same source starts from it.
/// </summary>
public sealed class ImportMapping
{
    /// <summary>Field → header text of the column as it is in the file (compared trimmed, case-insensitive).</summary>
    public Dictionary<ImportField, string> Columns { get; set; } = [];

    /// <summary>Per code list: the source's value (normalised with <see cref="ImportCodes.Normalise"/>) → Schakel code.</summary>
    public Dictionary<ImportCodeList, Dictionary<string, string>> Codes { get; set; } = [];

    /// <summary>The 1-based row of the header; null: the first row with at least two recognised column names.</summary>
    public int? HeaderRow { get; set; }

    public string? ColumnFor(ImportField field) => Columns.TryGetValue(field, out var header) ? header : null;

    public string? CodeFor(ImportCodeList list, string sourceValue) =>
        Codes.TryGetValue(list, out var codes) && codes.TryGetValue(ImportCodes.Normalise(sourceValue), out var code) ? code : null;

    public void SetCode(ImportCodeList list, string sourceValue, string schakelCode)
    {
        if (!Codes.TryGetValue(list, out var codes))
        {
            Codes[list] = codes = [];
        }
        codes[ImportCodes.Normalise(sourceValue)] = schakelCode;
    }

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static ImportMapping FromJson(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new ImportMapping() : JsonSerializer.Deserialize<ImportMapping>(json, Json) ?? new ImportMapping();

    public ImportMapping Clone() => FromJson(ToJson());
}
