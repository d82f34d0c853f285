using Schakel.Core.Signals;
using Schakel.Web.Features.Table;

namespace Schakel.UnitTests.Table;

/// <summary>The pre-round shows what a partner needs to look a person up, with every code as its Dutch label.</summary>
public sealed class PreRoundIdentityTests
{
    private static readonly Dictionary<int, string> Municipalities = new() { [1] = "Zwolle", [2] = "Kampen" };

    [Fact]
    public void Every_identifier_the_subject_holds_is_shown_with_codes_as_labels()
    {
        var subject = new Subject
        {
            FullName = "Andrzej Kowalski", DateOfBirth = new DateOnly(1999, 12, 1), AgeGroup = AgeGroups.Age24To30, Gender = "M", Nationality = "Pools",
            Street = "Assendorperstraat", HouseNumber = "114", Postcode = "8012 DJ", City = "Zwolle", LivesInMunicipalityId = 1, WorksInMunicipalityId = 2,
            Phones = "+48 601 234 567\n06-12345678", Handles = "@andrzej", LicensePlates = "VGL-12-K", Emails = "a@example.org",
        };
        var lines = PreRoundIdentity.Lines(subject, Municipalities).ToDictionary(l => l.Label, l => l.Value);
        lines["Naam"].ShouldBe("Andrzej Kowalski");
        lines["Geboortedatum"].ShouldBe("1-12-1999");
        lines.ShouldNotContainKey("Leeftijd", "the date of birth says more than the age group");
        lines["Geslacht"].ShouldBe("Man");
        lines["Adres"].ShouldBe("Assendorperstraat 114, 8012 DJ Zwolle");
        lines["Woont in"].ShouldBe("Zwolle");
        lines["Werkt in"].ShouldBe("Kampen");
        lines["Telefoon"].ShouldBe("+48 601 234 567, 06-12345678");
        lines["Online accounts"].ShouldBe("@andrzej");
        lines["Kenteken"].ShouldBe("VGL-12-K");
        lines["E-mail"].ShouldBe("a@example.org");
    }

    [Fact]
    public void A_weak_signal_shows_what_little_there_is_and_no_empty_lines()
    {
        var lines = PreRoundIdentity.Lines(new Subject { AgeGroup = AgeGroups.Minor, Gender = "ONBEKEND", LicensePlates = "K-123-BB" }, Municipalities);
        lines.ShouldBe([("Naam", "onbekend"), ("Leeftijd", "Minderjarig (< 18)"), ("Kenteken", "K-123-BB")]);
    }
}
