namespace Schakel.Web.Features.Import;

/// <summary>
/// The first sheet of an opened file, read as a stream: the header is found when the sheet is opened, the data rows are
/// read once, in order, by <see cref="Rows"/>, so memory does not grow with the file.
/// </summary>
public abstract class ImportSheet : IDisposable
{
    /// <summary>The 1-based row number of the header row.</summary>
    public int HeaderRow { get; protected set; }

    public IReadOnlyList<ImportColumn> Columns { get; protected set; } = [];

    /// <summary>Notes on the file as a whole, Dutch (merged cells and how they were read).</summary>
    public List<string> Messages { get; } = [];

    /// <summary>The number of data rows when the file tells it cheaply (the xlsx rows counted on the layout pass, a CSV line count); 0 when unknown.</summary>
    public int RowsEstimate { get; protected set; }

    /// <summary>The data rows after the header; rows with every cell empty are skipped.</summary>
    public abstract IEnumerable<ImportRow> Rows();

    public ImportColumn? Column(string? header) =>
        header is null ? null : Columns.FirstOrDefault(c => string.Equals(c.Header.Trim(), header.Trim(), StringComparison.OrdinalIgnoreCase));

    public virtual void Dispose() => GC.SuppressFinalize(this);
}
