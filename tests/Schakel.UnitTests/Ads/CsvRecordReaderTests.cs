using Schakel.Core.Ads;

namespace Schakel.UnitTests.Ads;

public class CsvRecordReaderTests
{
    private static List<CsvRecord> Read(string text) => new CsvRecordReader(text).ReadAll().ToList();

    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks()
    {
        var records = Read("a,b\r\n1,\"x, \"\"y\"\"\nz\"\n2,😘\n");
        records.Count.ShouldBe(3);
        records[1].Fields.ShouldBe(["1", "x, \"y\"\nz"]);
        records[2].Line.ShouldBe(4);
        records[2].Fields.ShouldBe(["2", "😘"]);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_bom_removed()
    {
        var records = Read("\uFEFFa,b\n\n1,2\n\n");
        records.Count.ShouldBe(2);
        records[0].Fields[0].ShouldBe("a");
        records[1].Line.ShouldBe(3);
    }

    [Fact]
    public void Spaces_around_quoted_fields_are_layout()
    {
        var records = Read("a,b,c\n1, \"x, y\" ,  plain \n");
        records[1].Error.ShouldBeNull();
        records[1].Fields.ShouldBe(["1", "x, y", "  plain "]);
    }

    [Fact]
    public void Stray_quote_costs_one_record_only()
    {
        var records = Read("a,b\n1,x\"y\n2,ok\n");
        records[1].Error.ShouldNotBeNull();
        records[2].Fields.ShouldBe(["2", "ok"]);
        records[2].Line.ShouldBe(3);
    }

    [Fact]
    public void Unterminated_quote_restarts_on_the_next_line()
    {
        var records = Read("a,b\n1,\"never closed\n2,ok\n3,fine\n");
        records[1].Error.ShouldNotBeNull();
        records[1].Line.ShouldBe(2);
        records[2].Fields.ShouldBe(["2", "ok"]);
        records[3].Line.ShouldBe(4);
    }
}
