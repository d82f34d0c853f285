using Schakel.Testing;
using Schakel.Web.Features.Import;

namespace Schakel.UnitTests.Import;

/// <summary>
/// Workbooks built to hurt the reader: cell references far beyond Excel's last column, endless merged areas, a
/// shared-string zip bomb, a giant cell or row, an XML entity bomb. Each is refused with a Dutch message naming the
/// row (and column) before the reader holds much; memory is bounded by what the reading thread allocates.
/// </summary>
public sealed class HostileXlsxTests
{
    private static ImportFile File(byte[] bytes) => ImportFile.FromBytes("signalen.xlsx", bytes);

    /// <summary>Opens and reads every row, returning the refusal and what this thread allocated meanwhile.</summary>
    private static (ImportFileException Refusal, long Allocated) Refuse(byte[] bytes)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var refusal = Should.Throw<ImportFileException>(() =>
        {
            using var sheet = ImportFileReader.Open(File(bytes));
            foreach (var _ in sheet.Rows())
            {
            }
        });
        return (refusal, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string InlineCell(string reference, string text) => $"""<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>""";

    [Theory]
    [InlineData("XFE2", "XFE")]
    [InlineData("ZZZZZZZ2", "ZZZZZZZ")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAA2", "AAAAAAAAAA…")]
    public void A_cell_beyond_Excels_last_column_is_refused_with_its_row_and_column(string reference, string shown)
    {
        var (refusal, allocated) = Refuse(CraftedXlsx.Sheet($"""<row r="2">{InlineCell("A2", "1-1-2019")}{InlineCell(reference, "x")}</row>"""));

        refusal.Message.ShouldStartWith($"Rij 2, kolom {shown}: deze kolom ligt voorbij de laatste kolom die Excel kent (XFD, kolom 16.384).");
        allocated.ShouldBeLessThan(32L * 1024 * 1024);
    }

    [Fact]
    public void Excels_last_column_itself_is_read()
    {
        using var sheet = ImportFileReader.Open(File(CraftedXlsx.Sheet($"""<row r="2">{InlineCell("A2", "1-1-2019")}{InlineCell("XFD2", "laatste")}</row>""")));

        var row = sheet.Rows().Single();
        row.Cells.Length.ShouldBe(SheetLimits.MaxColumns);
        row[SheetLimits.MaxColumns - 1].ShouldBe("laatste");
    }

    [Theory]
    [InlineData("""<row r="2"><c r="12" t="inlineStr"><is><t>x</t></is></c></row>""")]
    [InlineData("""<row r="99999999999">""" + """<c t="inlineStr"><is><t>x</t></is></c></row>""")]
    [InlineData("""<row r="-4"><c t="inlineStr"><is><t>x</t></is></c></row>""")]
    public void A_cell_or_row_reference_that_is_not_one_is_refused_as_a_damaged_file(string row)
    {
        var (refusal, _) = Refuse(CraftedXlsx.Sheet(row));

        refusal.Message.ShouldBe(SheetLimits.DamagedAfter(1));
        refusal.Message.ShouldStartWith("Het bestand is na rij 1 beschadigd");
    }

    [Fact]
    public void More_merged_areas_than_the_bound_are_refused_before_any_row_is_read()
    {
        var areas = string.Concat(Enumerable.Range(0, SheetLimits.MaxMergedAreas + 1).Select(i => $"""<mergeCell ref="A{i * 2 + 2}:B{i * 2 + 2}"/>"""));

        var (refusal, _) = Refuse(CraftedXlsx.Sheet("", $"<mergeCells>{areas}</mergeCells>"));

        refusal.Message.ShouldBe(SheetLimits.TooManyMergedAreas);
    }

    [Fact]
    public void A_merged_area_over_the_whole_sheet_is_refused_instead_of_filling_every_row_to_column_XFD()
    {
        var (refusal, allocated) = Refuse(CraftedXlsx.Sheet($"""<row r="2">{InlineCell("A2", "1-1-2019")}</row>""", """<mergeCells><mergeCell ref="A2:XFD1048576"/></mergeCells>"""));

        refusal.Message.ShouldBe(SheetLimits.TooManyMergedAreas);
        allocated.ShouldBeLessThan(32L * 1024 * 1024);
    }

    [Fact]
    public void Each_row_gets_the_values_of_only_the_merged_areas_it_lies_in()
    {
        var rows = string.Concat(Enumerable.Range(2, 6).Select(r => $"""<row r="{r}">{InlineCell($"A{r}", $"a{r}")}{(r is 2 or 5 ? InlineCell($"B{r}", $"b{r}") : "")}</row>"""));

        using var sheet = ImportFileReader.Open(File(CraftedXlsx.Sheet(rows, """<mergeCells><mergeCell ref="B2:C3"/><mergeCell ref="B5:B7"/></mergeCells>""")));

        sheet.Rows().Select(r => string.Join("|", r.Cells)).ShouldBe(["a2|b2|b2", "a3|b2|b2", "a4", "a5|b5", "a6|b5", "a7|b5"]);
    }

    [Fact]
    public void A_shared_string_table_that_unpacks_to_more_than_the_bound_is_refused_with_advice_to_save_as_CSV()
    {
        // 400 MB of shared strings in a package of under a megabyte.
        var bytes = CraftedXlsx.Build(
            w => w.Write(CraftedXlsx.Open + "<sheetData>" + CraftedXlsx.Header + "</sheetData></worksheet>"),
            w =>
            {
                w.Write("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
                CraftedXlsx.Repeat(w, "<si><t>" + new string('x', 1000) + "</t></si>", 400_000);
                w.Write("</sst>");
            });
        bytes.Length.ShouldBeLessThan(2 * 1024 * 1024);

        var (refusal, allocated) = Refuse(bytes);

        refusal.Message.ShouldBe(SheetLimits.SharedStringsTooLarge);
        refusal.Message.ShouldContain("CSV");
        // The table is read until the bound, not to its end: far below the 800 MB the strings would take.
        allocated.ShouldBeLessThan(3 * SheetLimits.MaxSharedStringBytes + 64L * 1024 * 1024);
    }

    [Fact]
    public void A_cell_with_more_text_than_Excel_allows_is_refused_with_its_row()
    {
        var (refusal, allocated) = Refuse(CraftedXlsx.Sheet($"""<row r="2">{InlineCell("A2", "1-1-2019")}{InlineCell("B2", new string('x', 3 * 1024 * 1024))}</row>"""));

        refusal.Message.ShouldBe(SheetLimits.TextTooLong(2));
        allocated.ShouldBeLessThan(64L * 1024 * 1024);
    }

    [Fact]
    public void A_row_of_millions_of_cells_is_refused_before_it_is_loaded_whole()
    {
        var bytes = CraftedXlsx.Build(
            w =>
            {
                w.Write(CraftedXlsx.Open + "<sheetData>" + CraftedXlsx.Header + """<row r="2">""");
                CraftedXlsx.Repeat(w, """<c r="B2" t="inlineStr"><is><t>x</t></is></c>""", 2_000_000);
                w.Write("</row></sheetData></worksheet>");
            },
            w => w.Write("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>"""));

        var (refusal, allocated) = Refuse(bytes);

        refusal.Message.ShouldBe(SheetLimits.RowTooLarge(2));
        allocated.ShouldBeLessThan(256L * 1024 * 1024);
    }

    [Fact]
    public void A_row_that_repeats_one_cell_more_often_than_Excel_has_columns_is_refused()
    {
        var cells = string.Concat(Enumerable.Repeat("""<c r="A2"><v>1</v></c>""", SheetLimits.MaxColumns + 1));

        Refuse(CraftedXlsx.Sheet($"""<row r="2">{cells}</row>""")).Refusal.Message.ShouldBe(SheetLimits.TooManyCells(2));
    }

    [Fact]
    public void A_long_sheet_is_streamed_past_the_per_row_bound()
    {
        var bytes = CraftedXlsx.Build(
            w =>
            {
                w.Write(CraftedXlsx.Open + "<sheetData>" + CraftedXlsx.Header);
                for (var r = 2; r <= 100_001; r++)
                {
                    w.Write($"""<row r="{r}">{InlineCell($"A{r}", "1-1-2019")}{InlineCell($"B{r}", "Zwolle")}</row>""");
                }
                w.Write("</sheetData></worksheet>");
            },
            w => w.Write("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>"""));

        using var sheet = ImportFileReader.Open(File(bytes));

        sheet.Rows().Count().ShouldBe(100_000);
    }

    [Theory]
    [InlineData("xl/worksheets/sheet1.xml")]
    [InlineData("xl/sharedStrings.xml")]
    public void An_XML_entity_bomb_is_refused_without_expanding_it(string part)
    {
        const string Bomb = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lolololololololololololololololololololol">
            <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
            <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
            <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
            <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
            """;
        var sheet = part.Contains("sheet1", StringComparison.Ordinal)
            ? Bomb + """<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""" + CraftedXlsx.Header + """<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"""
            : CraftedXlsx.Open + "<sheetData>" + CraftedXlsx.Header + """<row r="2"><c r="A2" t="s"><v>0</v></c></row></sheetData></worksheet>""";
        var strings = part.Contains("shared", StringComparison.Ordinal)
            ? Bomb + """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>"""
            : """<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>""";

        var (refusal, allocated) = Refuse(CraftedXlsx.Build(w => w.Write(sheet), w => w.Write(strings)));

        refusal.Message.ShouldBe(SheetLimits.Damaged);
        allocated.ShouldBeLessThan(32L * 1024 * 1024);
    }

    [Theory]
    [InlineData("<![CDATA[", "]]>")]
    [InlineData("<!--", "-->")]
    [InlineData("<?x ", "?>")]
    public void A_CDATA_section_comment_or_instruction_is_refused_before_it_can_hide_a_value_of_any_length(string open, string close)
    {
        // Tags inside the section keep every stretch short, so only refusing the section itself bounds what it holds.
        var bytes = CraftedXlsx.Build(
            w =>
            {
                w.Write(CraftedXlsx.Open + "<sheetData>" + CraftedXlsx.Header + """<row r="2"><c r="A2" t="inlineStr"><is><t>""" + open);
                CraftedXlsx.Repeat(w, "<b>" + new string('x', 100), 500_000);
                w.Write(close + "</t></is></c></row></sheetData></worksheet>");
            },
            w => w.Write("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>"""));

        var (refusal, allocated) = Refuse(bytes);

        refusal.Message.ShouldBe(SheetLimits.Damaged);
        allocated.ShouldBeLessThan(32L * 1024 * 1024);
    }

    [Fact]
    public void A_package_whose_relationships_unpack_to_more_than_the_bound_is_refused_before_it_is_opened()
    {
        var bytes = CraftedXlsx.Build(
            w => w.Write(CraftedXlsx.Open + "<sheetData>" + CraftedXlsx.Header + "</sheetData></worksheet>"),
            w => w.Write("""<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>"""),
            zip => CraftedXlsx.Part(zip, "xl/worksheets/_rels/sheet1.xml.rels", w =>
            {
                w.Write("""<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
                CraftedXlsx.Repeat(w, "<!-- padding padding padding padding -->", 1_000_000);
                w.Write("</Relationships>");
            }));

        var (refusal, _) = Refuse(bytes);

        refusal.Message.ShouldBe(SheetLimits.PackageTooLarge);
    }
}
