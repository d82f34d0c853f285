using Schakel.Web.Features.Import;

namespace Schakel.UnitTests.Import;

public sealed class ColumnGuesserTests
{
    [Theory]
    [InlineData("Datum melding", ImportField.ReceivedOn)]
    [InlineData("  datum MELDING ", ImportField.ReceivedOn)]
    [InlineData("Gemeente", ImportField.Municipality)]
    [InlineData("Vorm", ImportField.Forms)]
    [InlineData("Vorm van uitbuiting", ImportField.Forms)]
    [InlineData("Naam slachtoffer", ImportField.SubjectName)]
    [InlineData("Naam slachtoffer 1", ImportField.SubjectName)]
    [InlineData("Geboortedatum", ImportField.DateOfBirth)]
    [InlineData("Geb.-datum", ImportField.DateOfBirth)]
    [InlineData("Telefoon", ImportField.Phone)]
    [InlineData("Telefoonnummer", ImportField.Phone)]
    [InlineData("E-mail", ImportField.Email)]
    [InlineData("Nationaliteit", ImportField.Nationality)]
    [InlineData("Kenteken", ImportField.LicensePlate)]
    [InlineData("Nummer", ImportField.SourceKey)]
    [InlineData("Status", ImportField.Status)]
    [InlineData("Datum afgesloten", ImportField.ClosedOn)]
    public void Recognises_the_usual_Dutch_column_names(string header, ImportField expected) =>
        ColumnGuesser.Recognise(header).ShouldBe(expected);

    [Theory]
    [InlineData("Kleur van de auto")]
    [InlineData("")]
    [InlineData(null)]
    public void Leaves_unknown_columns_alone(string? header) => ColumnGuesser.Recognise(header).ShouldBeNull();

    [Fact]
    public void The_first_column_that_means_a_field_wins()
    {
        var guess = ColumnGuesser.Guess([new ImportColumn(0, "A", "Naam slachtoffer"), new ImportColumn(1, "B", "Naam"), new ImportColumn(2, "C", "Gemeente")]);
        guess[ImportField.SubjectName].ShouldBe("Naam slachtoffer");
        guess[ImportField.Municipality].ShouldBe("Gemeente");
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    public void Column_letters_follow_the_spreadsheet(int index, string letter) => ImportColumn.LetterOf(index).ShouldBe(letter);
}
