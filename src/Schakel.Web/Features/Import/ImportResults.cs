namespace Schakel.Web.Features.Import;

public enum ImportRowOutcome
{
    Insert = 1,
    Update = 2,
    Unchanged = 3,
    Refused = 4,
}

/// <summary>
/// One problem with one cell or row, in Dutch, with the row and the column ("Rij 12, kolom C (Gemeente): 'Zwole' is
/// geen gemeente van deze regio."). <see cref="IsWarning"/> problems do not refuse the row.
/// </summary>
public sealed record ImportProblem(int Row, string? ColumnLetter, string? ColumnHeader, string Message, bool IsWarning = false)
{
    public string Text => ColumnLetter is null ? $"Rij {Row}: {Message}" : $"Rij {Row}, kolom {ColumnLetter} ({ColumnHeader}): {Message}";

    public override string ToString() => Text;
}

/// <summary>What became (or would become) of one signal of the file: rows <see cref="Row"/> to <see cref="LastRow"/>.</summary>
public sealed record ImportRowResult(int Row, int LastRow, string SourceKey, ImportRowOutcome Outcome, IReadOnlyList<ImportProblem> Problems, string? SignalReference = null);

/// <summary>How a source value of a code list was (or would be) mapped: by the stored mapping, automatically, or not at all.</summary>
public enum ImportCodeHow
{
    Mapped = 1,
    /// <summary>Equal to a Schakel code or label: used without asking.</summary>
    Automatic = 2,
    /// <summary>No mapping: rows with this value are refused (or, for optional lists, the value is left empty with a warning).</summary>
    Unknown = 3,
}

public sealed record ImportCodeOutcome(ImportCodeList List, string SourceValue, int Rows, ImportCodeHow How, string? SchakelCode, string? SchakelLabel, string? Suggestion, string? SuggestionLabel);

/// <summary>The result of a dry run or a run: the counts, the first problems per row, and what became of each code.</summary>
public sealed class ImportReport
{
    /// <summary>At most this many row results are kept in <see cref="Rows"/>; the counts cover all.</summary>
    public const int MaxRowResults = 1000;

    public int? BatchId { get; set; }
    public int RowsRead { get; set; }
    public int RowsRefused { get; set; }
    public int SignalsInserted { get; set; }
    public int SignalsUpdated { get; set; }
    public int SignalsUnchanged { get; set; }
    public int SignalsRefused { get; set; }
    public int PersonsInserted { get; set; }
    /// <summary>Signals that were open in the source and are imported as closed history.</summary>
    public int OpenInSource { get; set; }
    public int HeaderRow { get; set; }
    /// <summary>Problems of the file as a whole (merged cells, columns not found), Dutch.</summary>
    public List<string> FileMessages { get; } = [];
    /// <summary>Signals with a problem (refused or warned), in file order, at most <see cref="MaxRowResults"/>.</summary>
    public List<ImportRowResult> Rows { get; } = [];
    public List<ImportCodeOutcome> Codes { get; } = [];
    public TimeSpan Elapsed { get; set; }

    public IEnumerable<string> ProblemTexts => Rows.SelectMany(r => r.Problems).Select(p => p.Text);
}

public enum ImportPhase
{
    Reading = 1,
    Importing = 2,
    /// <summary>Recounting the figures of the months touched.</summary>
    Counting = 3,
    Done = 4,
}

/// <summary>Reported after every chunk; <see cref="Remaining"/> is an estimate from the speed so far.</summary>
public sealed record ImportProgress(ImportPhase Phase, int RowsTotal, int RowsDone, int RowsRefused, TimeSpan Elapsed, TimeSpan? Remaining)
{
    public int Percent => RowsTotal <= 0 ? 0 : Math.Min(100, (int)(100L * RowsDone / RowsTotal));
}

public sealed record ImportRollbackResult(bool RolledBack, string Message, int SignalsRemoved = 0, int SignalsRestored = 0);
