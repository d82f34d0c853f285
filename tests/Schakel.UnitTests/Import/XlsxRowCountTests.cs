using Schakel.Testing;
using Schakel.Web.Features.Import;

namespace Schakel.UnitTests.Import;

/// <summary>
/// The progress page needs the number of rows to show a percentage and the time left. Not every program writes the
/// sheet's dimension (and some write a stale one); the reader counts the rows itself.
/// </summary>
public sealed class XlsxRowCountTests
{
    private static string Row(int number) =>
        $"""<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>1-1-2019</t></is></c><c r="B{number}" t="inlineStr"><is><t>Zwolle</t></is></c></row>""";

    [Fact]
    public void A_sheet_without_a_dimension_still_knows_how_many_rows_follow_the_header()
    {
        var rows = string.Concat(Enumerable.Range(2, 40).Select(Row));
        using var sheet = ImportFileReader.Open(ImportFile.FromBytes("zonder-dimensie.xlsx", CraftedXlsx.Sheet(rows)));

        sheet.Rows().Count().ShouldBe(40);
        sheet.RowsEstimate.ShouldBe(40);
    }

    [Fact]
    public void A_stale_dimension_gives_way_to_the_rows_the_sheet_holds()
    {
        var rows = string.Concat(Enumerable.Range(2, 40).Select(Row));
        var bytes = CraftedXlsx.Build(w => w.Write(CraftedXlsx.Open + """<dimension ref="A1:B3"/><sheetData>""" + CraftedXlsx.Header + rows + "</sheetData></worksheet>"),
            w => w.Write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"/>"));
        using var sheet = ImportFileReader.Open(ImportFile.FromBytes("oude-dimensie.xlsx", bytes));

        sheet.Rows().Count().ShouldBe(40);
        sheet.RowsEstimate.ShouldBe(40);
    }
}
