namespace Schakel.Web.Features.Import;

/// <summary>
/// An uploaded or given file, opened as often as needed (preview, dry run, run each read it from the start). The web
/// upload stores the file in a temporary folder first and passes <see cref="FromPath"/>.
/// </summary>
public sealed class ImportFile(string fileName, Func<Stream> open)
{
    /// <summary>The name as the user knows it (for messages and the batch record); its extension picks the reader.</summary>
    public string FileName { get; } = Path.GetFileName(fileName);

    public Stream Open() => open();

    public static ImportFile FromPath(string path, string? displayName = null) =>
        new(displayName ?? path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));

    public static ImportFile FromBytes(string fileName, byte[] bytes) => new(fileName, () => new MemoryStream(bytes, writable: false));
}

/// <summary>A column of the file: its position (0-based), its spreadsheet letter and its header text.</summary>
public sealed record ImportColumn(int Index, string Letter, string Header)
{
    public static string LetterOf(int index)
    {
        var letters = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }
        return letters;
    }
}

/// <summary>One data row: its 1-based row number in the file and its cells as text (an Excel number stays as written in the file).</summary>
public sealed record ImportRow(int Number, string?[] Cells)
{
    public string? this[int column] => column >= 0 && column < Cells.Length ? Cells[column] : null;
}

/// <summary>The file cannot be read as a whole (not a spreadsheet, a password, an empty sheet, no header); the message is Dutch.</summary>
public sealed class ImportFileException(string message) : Exception(message);
