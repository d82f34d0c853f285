using System.Text;
using Schakel.Web.Features.Import;

namespace Schakel.UnitTests.Import;

/// <summary>
/// CSV files that are not what they claim or never end: one giant field, a line of 100,000 separators, only newlines,
/// binary junk, NUL bytes, UTF-16. Each is read or refused with a Dutch message naming the row (and column).
/// </summary>
public sealed class HostileCsvTests
{
    private const string Header = "Datum melding;Gemeente\n";

    private static (ImportFileException Refusal, long Allocated) Refuse(byte[] bytes, string name = "lijst.csv")
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var refusal = Should.Throw<ImportFileException>(() =>
        {
            using var sheet = ImportFileReader.Open(ImportFile.FromBytes(name, bytes));
            foreach (var _ in sheet.Rows())
            {
            }
        });
        return (refusal, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_field_that_never_ends_is_refused_with_its_row_before_the_rest_of_the_file_is_held()
    {
        // An opening quote that is never closed makes the rest of the file one field.
        var bytes = Encoding.UTF8.GetBytes(Header + "1-1-2019;Zwolle\n1-2-2019;\"" + new string('x', 40 * 1024 * 1024));

        var (refusal, allocated) = Refuse(bytes);

        refusal.Message.ShouldBe(SheetLimits.TextTooLong(3));
        allocated.ShouldBeLessThan(64L * 1024 * 1024);
    }

    [Fact]
    public void A_line_that_never_ends_is_refused_with_its_row()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "1-1-2019;" + string.Concat(Enumerable.Repeat("Zwolle;", 3_000_000)));

        var (refusal, allocated) = Refuse(bytes);

        refusal.Message.ShouldBe(SheetLimits.RowTooLarge(2));
        allocated.ShouldBeLessThan(256L * 1024 * 1024);
    }

    [Fact]
    public void A_line_of_100000_separators_is_refused_as_more_columns_than_Excel_has()
    {
        var (refusal, _) = Refuse(Encoding.UTF8.GetBytes(Header + "1-1-2019" + new string(';', 100_000) + "\n"));

        refusal.Message.ShouldStartWith("Rij 2, kolom XFE: deze kolom ligt voorbij de laatste kolom die Excel kent");
    }

    [Fact]
    public void A_file_of_only_newlines_is_an_empty_sheet()
    {
        Refuse(Encoding.UTF8.GetBytes(new string('\n', 1_000_000))).Refusal.Message.ShouldBe(ImportFileReader.EmptySheet);
        Refuse(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("\r\n", 1000)))).Refusal.Message.ShouldBe(ImportFileReader.EmptySheet);
    }

    [Fact]
    public void Binary_junk_named_csv_is_refused_as_not_text()
    {
        var junk = new byte[200_000];
        new Random(23).NextBytes(junk);
        Refuse(junk).Refusal.Message.ShouldBeOneOf(ImportFileReader.NotASpreadsheet, ImportFileReader.NotText);

        // Text at the start, binary after it: the first bytes alone do not decide.
        var disguised = Encoding.UTF8.GetBytes(Header + "1-1-2019;Zwolle\n").Concat(junk).ToArray();
        junk.AsSpan().Clear();
        Refuse(disguised).Refusal.Message.ShouldBe(ImportFileReader.NotText);
    }

    [Fact]
    public void A_NUL_byte_deep_in_the_file_is_refused_with_its_row_and_column()
    {
        var text = new StringBuilder(Header);
        for (var i = 0; i < 5000; i++)
        {
            text.Append("1-1-2019;Zwolle\n");
        }
        text.Append("1-1-2019;Zwo\0lle\n");

        var (refusal, _) = Refuse(Encoding.UTF8.GetBytes(text.ToString()));

        refusal.Message.ShouldStartWith("Rij 5002, kolom B: de cel bevat tekens die niet in tekst horen");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_UTF16_csv_with_its_byte_order_mark_is_read(bool littleEndian)
    {
        var encoding = littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Datum melding\tGemeente\tNaam\r\n1-1-2019\tZwolle\tZoë Müller\r\n")).ToArray();

        using var sheet = ImportFileReader.Open(ImportFile.FromBytes("lijst.csv", bytes));

        sheet.Columns.Select(c => c.Header).ShouldBe(["Datum melding", "Gemeente", "Naam"]);
        sheet.Rows().Single().Cells.ShouldBe(["1-1-2019", "Zwolle", "Zoë Müller"]);
    }
}
