using System.Security.Claims;

namespace Schakel.Web.Features.Import;

/// <summary>
/// What to import: the file, the region it belongs to, the source it comes from (created on first use) and the mapping
/// to apply. <see cref="User"/> is who is recorded in the batch and the audit log (the CLI passes a principal naming
/// the operator).
/// </summary>
public sealed record ImportRequest(ImportFile File, int RegionId, string SourceName, ImportMapping Mapping, ClaimsPrincipal? User);

/// <summary>
/// What the mapping screen starts from: the header found, the columns with a few sample values, and the source's stored
/// mapping (or, for a new source or a column it does not know, the guess).
/// </summary>
public sealed record ImportPreview(
    int HeaderRow,
    IReadOnlyList<ImportColumn> Columns,
    IReadOnlyList<ImportRow> Samples,
    ImportMapping Mapping,
    bool FromStoredMapping,
    IReadOnlyList<string> FileMessages,
    int RowsEstimate);

/// <summary>A Schakel code a source value can be mapped to, with its Dutch label, for the code mapping screen.</summary>
public sealed record ImportCodeOption(string Code, string Label);
