namespace Schakel.Web.Features.Import;

/// <summary>
/// Opens an .xlsx (streamed with OpenXml's SAX reader, never the whole workbook in memory) or a CSV (CsvHelper; ';' or ','
/// detected; UTF-8 with or without BOM) and finds its header row: the given row, or the first row in which at least two
/// cells are column names <see cref="ColumnGuesser"/> recognises. Refuses with a Dutch <see cref="ImportFileException"/>
/// a file that is not a spreadsheet, an encrypted (password-protected) workbook and an empty sheet.
/// </summary>
public static class ImportFileReader
{
    /// <summary>Rows searched for a header when none is given.</summary>
    public const int HeaderSearchRows = 30;

    public static ImportSheet Open(ImportFile file, int? headerRow = null) => throw new NotImplementedException();
}
