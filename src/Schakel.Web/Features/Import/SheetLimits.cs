namespace Schakel.Web.Features.Import;

/// <summary>
/// What a sheet may hold before it is refused. The import runs inside the web app, so a file that makes a reader hold
/// gigabytes (a zip bomb in an .xlsx, a CSV line that never ends, a cell reference far beyond Excel's last column)
/// would take the app down for every user. Each bound is far above what Excel itself writes, and each refusal says in
/// Dutch what to do instead. Only what is held in memory is bounded: a long sheet is streamed and may be any length.
/// </summary>
public static class SheetLimits
{
    /// <summary>Excel's own limit (column XFD).</summary>
    public const int MaxColumns = 16_384;

    /// <summary>Excel's own limit.</summary>
    public const int MaxRows = 1_048_576;

    /// <summary>Merged areas in a sheet; each is read into memory before the rows.</summary>
    public const int MaxMergedAreas = 10_000;

    /// <summary>Bytes of the file one row may take (XML for an .xlsx, text for a CSV): a row is held whole while it is read.</summary>
    public const int MaxRowBytes = 8 * 1024 * 1024;

    /// <summary>Bytes of XML without a single tag: one text or attribute value. An Excel cell holds at most 32,767 characters.</summary>
    public const int MaxXmlTextBytes = 1024 * 1024;

    /// <summary>Bytes of XML of the shared string table, which is held in memory whole while the rows are read.</summary>
    public const long MaxSharedStringBytes = 64L * 1024 * 1024;

    /// <summary>Bytes of a package part that OpenXml or System.IO.Packaging loads whole (content types, relationships, workbook).</summary>
    public const long MaxLoadedPartBytes = 16L * 1024 * 1024;

    /// <summary>Cells covered by all merged areas together: each row fills the areas it lies in, so this bounds that work.</summary>
    public const long MaxMergedCells = 10_000_000;

    /// <summary>Parts in an .xlsx package; Excel writes a few dozen.</summary>
    public const int MaxPackageEntries = 10_000;

    public static string TooManyColumns(int row, string column) =>
        $"Rij {row}, kolom {column}: deze kolom ligt voorbij de laatste kolom die Excel kent (XFD, kolom 16.384). Het bestand is beschadigd of niet door Excel gemaakt; sla het opnieuw op in Excel, of als CSV, en upload het opnieuw.";

    public static string TooManyCells(int row) =>
        $"Rij {row} heeft meer cellen dan Excel in één rij kent (16.384). Het bestand is beschadigd of niet door Excel gemaakt; sla het opnieuw op in Excel, of als CSV, en upload het opnieuw.";

    public static string RowTooLarge(int row) =>
        $"Rij {row} is te groot om te lezen (meer dan {MaxRowBytes / 1024 / 1024} MB aan gegevens in één rij). Controleer de rij in Excel; is het bestand in orde, sla het dan op als CSV en upload dat.";

    public static string TextTooLong(int row) =>
        $"Rij {row}: een cel bevat meer dan {MaxXmlTextBytes / 1024 / 1024} MB tekst. Zo veel tekst past niet in een Excel-cel; het bestand is beschadigd of niet door Excel gemaakt.";

    public const string TooManyMergedAreas =
        "Het werkblad heeft meer dan 10.000 samengevoegde gebieden, of samen meer dan 10 miljoen samengevoegde cellen. Maak de samenvoegingen ongedaan (Start > Samenvoegen en centreren), of sla het werkblad op als CSV, en upload het opnieuw.";

    public const string SharedStringsTooLarge =
        "Het Excel-bestand bevat meer tekst dan Schakel in één keer kan lezen (meer dan 64 MB). Sla het werkblad in Excel op als CSV (Bestand > Opslaan als > CSV UTF-8) en upload dat: een CSV-bestand wordt regel voor regel gelezen.";

    public const string PackageTooLarge =
        "Het Excel-bestand heeft een onderdeel dat veel groter is dan Excel maakt. Het bestand is beschadigd of niet door Excel gemaakt; sla het opnieuw op in Excel, of als CSV, en upload het opnieuw.";

    public const string Damaged =
        "Het bestand is beschadigd of onvolledig en kan niet verder worden gelezen. Open het in Excel, sla het opnieuw op (als .xlsx of als CSV) en upload het opnieuw.";

    public static string DamagedAfter(int row) => row < 1 ? Damaged :
        $"Het bestand is na rij {row} beschadigd of onvolledig en kan niet verder worden gelezen. Open het in Excel, sla het opnieuw op (als .xlsx of als CSV) en upload het opnieuw.";
}
