using Schakel.Core.Linking;
using static Schakel.UnitTests.Linking.Subjects;

namespace Schakel.UnitTests.Linking;

/// <summary>What a careful case worker would call "same person", expressed as score thresholds.</summary>
public class PairScorerTests
{
    [Fact]
    public void Same_address_alone_does_not_link()
    {
        var a = Of("a", street: "Kerkstraat", number: "12", postcode: "1234AB", city: "Zwolle");
        var b = Of("b", street: "Kerkstr.", number: "12", postcode: "1234 ab", city: "Zwolle");
        Score(a, b).ShouldBeLessThan(0.5);
    }

    [Fact]
    public void Family_members_at_one_address_do_not_link()
    {
        var a = Of("a", "Jan de Vries", "1970-01-05", street: "Kerkstraat", number: "12", postcode: "1234AB");
        var b = Of("b", "Piet de Vries", "2001-07-30", street: "Kerkstraat", number: "12", postcode: "1234AB");
        Score(a, b).ShouldBeLessThan(0.05);
    }

    [Fact]
    public void Family_sharing_a_landline_and_address_does_not_link()
    {
        var a = Of("a", "Anna de Vries", phone: "038-4567890", street: "Kerkstraat", number: "12", postcode: "1234AB");
        var b = Of("b", "Kees de Vries", phone: "+31 38 456 7890", street: "Kerkstraat", number: "12", postcode: "1234AB");
        Score(a, b).ShouldBeLessThan(0.5);
        var unnamed = Of("c", phone: "038-4567890", street: "Kerkstraat", number: "12", postcode: "1234AB");
        Score(a, unnamed).ShouldBeLessThan(0.5);
    }

    [Fact]
    public void Same_surname_and_address_without_first_names_does_not_link()
    {
        var a = Of("a", "de Vries", street: "Kerkstraat", number: "12", postcode: "1234AB");
        var b = Of("b", "de Vries", street: "Kerkstraat", number: "12", postcode: "1234AB");
        Score(a, b).ShouldBeLessThan(0.5);
    }

    [Theory]
    [InlineData("Jan de Vries")]
    [InlineData("Mohamed")]
    [InlineData("Mohamed El Amrani")]
    public void A_common_name_alone_does_not_link(string name) => Score(Of("a", name), Of("b", name)).ShouldBeLessThan(0.5);

    [Fact]
    public void Common_name_in_the_same_city_does_not_link() =>
        Score(Of("a", "Jan de Vries", city: "Zwolle"), Of("b", "Jan de Vries", city: "Zwolle")).ShouldBeLessThan(0.5);

    [Fact]
    public void Name_and_date_of_birth_link()
    {
        var a = Of("a", "Jan de Vries", "14-03-1990");
        var b = Of("b", "de Vries, Jan", "1990-03-14");
        Score(a, b).ShouldBeGreaterThan(0.9);
        Reasons(a, b).ShouldBe(["name_exact", "dob_exact"]);
    }

    [Fact]
    public void Name_and_address_link()
    {
        var a = Of("a", "Jan de Vries", street: "Kerkstraat", number: "12-a", postcode: "1234 AB");
        var b = Of("b", "Vries, Jan de", street: "Kerkstr.", number: "12A", postcode: "1234AB");
        Score(a, b).ShouldBeGreaterThanOrEqualTo(0.5);
        Reasons(a, b).ShouldBe(["name_exact", "address"]);
    }

    [Fact]
    public void Same_name_in_another_flat_of_the_building_is_not_enough()
    {
        var a = Of("a", "Jan de Vries", street: "Kerkstraat", number: "12-A", postcode: "1234AB");
        var b = Of("b", "Jan de Vries", street: "Kerkstraat", number: "12-B", postcode: "1234AB");
        Score(a, b).ShouldBeLessThan(0.5);
        Reasons(a, b).ShouldBe(["name_exact", "address_building"]);
    }

    [Fact]
    public void Day_month_swap_links_when_the_name_agrees()
    {
        var a = Of("a", "Fatima Benali", "04-03-1990");
        var b = Of("b", "Fatima Benali", "03-04-1990");
        Score(a, b).ShouldBeGreaterThanOrEqualTo(0.5);
        Reasons(a, b).ShouldContain("dob_swapped");
    }

    [Fact]
    public void One_letter_typo_links_when_another_field_agrees()
    {
        Score(Of("a", "Katarzyna Kowalska", "1988-02-01"), Of("b", "Katarzyna Kowalsak", "1988-02-01")).ShouldBeGreaterThanOrEqualTo(0.5);
        Score(Of("a", "Katarzyna Kowalska", phone: "+48 601 234 567"), Of("b", "Katrzyna Kowalska", phone: "0048601234567")).ShouldBeGreaterThanOrEqualTo(0.5);
        Score(Of("a", "Emma Bosman", "1994-06-29"), Of("b", "Emua Bosman", "29.06.1994")).ShouldBeGreaterThanOrEqualTo(0.5);
    }

    [Fact]
    public void Typo_and_swap_together_with_address_link()
    {
        var a = Of("a", "Katarzyna Kowalska", "04-03-1988", street: "Kerkstraat", number: "12", postcode: "1234AB");
        var b = Of("b", "Katarzyna Kowalsak", "03-04-1988", street: "Kerkstraat", number: "12", postcode: "1234AB");
        Score(a, b).ShouldBeGreaterThanOrEqualTo(0.5);
    }

    [Fact]
    public void Initials_are_weak()
    {
        var address = Of("a", "Jan de Vries", street: "Kerkstraat", number: "12", postcode: "1234AB");
        Score(address, Of("b", "J. de Vries", street: "Kerkstraat", number: "12", postcode: "1234AB")).ShouldBeLessThan(0.5);
        Score(Of("a", "Jan de Vries", "1990-03-14"), Of("b", "J. de Vries", "14-03-1990")).ShouldBeGreaterThanOrEqualTo(0.5);
    }

    [Fact]
    public void An_identifier_alone_is_a_relation_a_fitting_name_makes_it_one_person()
    {
        Kind(Of("a", phone: "06-12345678"), Of("b", phone: "+31 6 1234 5678")).ShouldBe(LinkKind.Related);
        Kind(Of("a", email: "J.deVries@Gmail.com"), Of("b", email: "jdevries+werk@gmail.com")).ShouldBe(LinkKind.Related);
        Kind(Of("a", handle: "@lisa_x"), Of("b", handle: "https://www.instagram.com/Lisa_X/")).ShouldBe(LinkKind.Related);
        Score(Of("a", "Jan de Vries", phone: "06-12345678"), Of("b", "J. de Vries", phone: "0612345678")).ShouldBeGreaterThanOrEqualTo(0.5);
        Kind(Of("a", "Jan de Vries", phone: "06-12345678"), Of("b", "J. de Vries", phone: "0612345678")).ShouldBe(LinkKind.SamePerson);
        Score(Of("a", "Lisa Jansen", email: "J.deVries@Gmail.com"), Of("b", "L. Jansen", email: "jdevries+werk@gmail.com")).ShouldBeGreaterThanOrEqualTo(0.5);
        Score(Of("a", "Lisa Jansen", handle: "@lisa_x"), Of("b", "Lisa Janssen", handle: "instagram.com/lisa_x")).ShouldBeGreaterThanOrEqualTo(0.5);
    }

    [Fact]
    public void Initials_with_the_same_phone_and_plate_are_one_person()
    {
        var a = Of("a", "J. Mol", phone: "06-55345678", plate: "2-XYZ-23");
        var b = Of("b", "Jan Mol", phone: "0655345678", plate: "2xyz23");
        Score(a, b).ShouldBeGreaterThan(0.95);
        Kind(a, b).ShouldBe(LinkKind.SamePerson);
    }

    [Fact]
    public void Shared_phone_between_clearly_different_people_is_a_relation_not_a_link()
    {
        var a = Of("a", "Maria Popescu", phone: "06-12345678");
        var b = Of("b", "Fatima Benali", phone: "0612345678");
        Score(a, b).ShouldBeLessThan(0.5);
        Kind(a, b).ShouldBe(LinkKind.Related);
        Reasons(a, b).ShouldBe(["phone"]);
    }

    [Fact]
    public void A_victim_and_a_suspect_sharing_a_phone_and_a_car_are_related_never_one_person()
    {
        var lisa = Of("a", "Lisa", phone: "06-51345678", plate: "1-XYZ-23", role: "victim");
        var mo = Of("b", "Mo", phone: "0651345678", plate: "1xyz23", role: "suspect");
        Kind(lisa, mo).ShouldBe(LinkKind.Related);
        Reasons(lisa, mo).ShouldBe(["phone", "license_plate"]);
        // The same two without roles: the names have nothing in common, so still two persons.
        Kind(lisa with { Role = null }, mo with { Role = null }).ShouldBe(LinkKind.Related);
        // A victim registered twice is of course still one person.
        Kind(lisa, lisa with { SubjectId = "c" }).ShouldBe(LinkKind.SamePerson);
    }

    [Fact]
    public void Licence_plate_alone_does_not_link_but_adds_to_a_name()
    {
        Score(Of("a", plate: "1-ABC-23"), Of("b", plate: "1abc23")).ShouldBeLessThan(0.5);
        Score(Of("a", "Jan de Vries", plate: "1-ABC-23"), Of("b", "Jan de Vries", plate: "1abc23")).ShouldBeGreaterThanOrEqualTo(0.5);
    }

    [Fact]
    public void Conflicting_dates_of_birth_break_a_name_match()
    {
        Score(Of("a", "Jan de Vries", "1990-03-14", street: "Kerkstraat", number: "12", postcode: "1234AB"),
              Of("b", "Jan de Vries", "1962-11-02", street: "Kerkstraat", number: "12", postcode: "1234AB")).ShouldBeLessThan(0.5);
    }

    [Fact]
    public void Scores_stay_in_range()
    {
        var full = Of("a", "Jan de Vries", "1990-03-14", "0612345678", "jan@ziggo.nl", "Kerkstraat", "12", "1234AB", "Zwolle", "1-ABC-23", "@jdv");
        var s = Score(full, full with { SubjectId = "b" });
        s.ShouldBeInRange(0.0, 1.0);
        Score(Of("a", "Jan de Vries", "1990-03-14"), Of("b", "Mehmet Yilmaz", "1971-09-30")).ShouldBeInRange(0.0, 0.01);
    }
}
