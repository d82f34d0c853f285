using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Web.Features.Signals;

namespace Schakel.UnitTests.Signals;

public sealed class SignalValidatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly ReferenceSnapshot Refs = new(
        DefaultCatalog.Items.Where(i => i.List == ReferenceList.ExploitationForm).ToList(),
        DefaultCatalog.Items.Where(i => i.List == ReferenceList.MelderType).ToList(),
        DefaultCatalog.Items.Where(i => i.List == ReferenceList.Sector).ToList(),
        DefaultCatalog.Indicators,
        [new Organisation { Id = 7, Name = "Zwolle", Kind = OrganisationKind.Municipality, Population = 129_840 }]);

    private static SignalDraft Valid() => new()
    {
        MelderTypeCode = "BURGER", FormCodes = ["SEKS"], Description = "Iets gezien", MunicipalityId = 7,
        Subjects = [new SubjectDraft { FullName = "Ana", Phones = "06-12345678\n+31 (0)6 1234 5678", Postcode = "8011ab", Emails = "a.b@example.nl" }],
    };

    [Fact]
    public void A_complete_signal_has_no_errors() => SignalValidator.Validate(Valid(), Refs, Today).ShouldBeEmpty();

    [Fact]
    public void An_empty_signal_names_each_missing_field_in_Dutch()
    {
        var errors = SignalValidator.Validate(new SignalDraft(), Refs, Today);
        errors.Keys.ShouldBe(["MelderTypeCode", "FormCodes", "Description"], ignoreOrder: true);
        errors["Description"].ShouldBe("Beschrijf wat u zag, hoorde of vermoedt.");
    }

    [Fact]
    public void An_advice_question_needs_no_form()
    {
        var d = Valid();
        d.Kind = SignalKind.AdviceQuestion;
        d.FormCodes = [];
        SignalValidator.Validate(d, Refs, Today).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("80111", true)]
    [InlineData("ABCD 12", true)]
    [InlineData("8011 AB", false)]
    [InlineData("8011AB", false)]
    [InlineData(" 8011 ab ", false)]
    public void Postcodes_follow_the_Dutch_format(string postcode, bool invalid)
    {
        var d = Valid();
        d.Subjects[0].Postcode = postcode;
        SignalValidator.Validate(d, Refs, Today).ContainsKey("Subjects[0].Postcode").ShouldBe(invalid);
    }

    [Theory]
    [InlineData("06-12345678", false)]
    [InlineData("+31 6 1234 5678", false)]
    [InlineData("0031 (0)6 12345678", false)]
    [InlineData("+48 601 234 567", false)]
    [InlineData("12345", true)]
    [InlineData("bel me", true)]
    public void Phone_numbers_accept_Dutch_and_international_notation(string phone, bool invalid)
    {
        var d = Valid();
        d.Subjects[0].Phones = phone;
        SignalValidator.Validate(d, Refs, Today).ContainsKey("Subjects[0].Phones").ShouldBe(invalid);
    }

    [Fact]
    public void Dates_in_the_future_and_absurd_birth_dates_are_refused()
    {
        var d = Valid();
        d.ObservedOn = Today.AddDays(1);
        d.Subjects[0].DateOfBirth = Today.AddYears(-130);
        var errors = SignalValidator.Validate(d, Refs, Today);
        errors["ObservedOn"].ShouldContain("toekomst");
        errors["Subjects[0].DateOfBirth"].ShouldContain("120 jaar");
    }

    [Fact]
    public void Acute_needs_who_and_what_and_only_for_a_report()
    {
        var d = Valid();
        d.IsAcute = true;
        var errors = SignalValidator.Validate(d, Refs, Today);
        errors.Keys.ShouldContain("AcuteBy");
        errors.Keys.ShouldContain("AcuteIntervention");
        d.Kind = SignalKind.AdviceQuestion;
        SignalValidator.Validate(d, Refs, Today).Keys.ShouldContain("IsAcute");
    }

    [Fact]
    public void Unknown_codes_and_municipalities_are_refused()
    {
        var d = Valid();
        d.MelderTypeCode = "MARSMANNETJE";
        d.FormCodes = ["SEKS", "NEP"];
        d.IndicatorCodes = ["BESTAAT_NIET"];
        d.MunicipalityId = 999;
        d.SectorCode = "RUIMTEVAART";
        SignalValidator.Validate(d, Refs, Today).Keys.ShouldBe(["MelderTypeCode", "FormCodes", "IndicatorCodes", "MunicipalityId", "SectorCode"], ignoreOrder: true);
    }

    [Fact]
    public void A_too_long_description_says_how_long_it_was()
    {
        var d = Valid();
        d.Description = new string('x', 8001);
        SignalValidator.Validate(d, Refs, Today)["Description"].ShouldContain("8001");
    }

    [Fact]
    public void Untouched_subject_blocks_are_ignored()
    {
        var d = Valid();
        d.Subjects.Add(new SubjectDraft());
        SignalValidator.Validate(d, Refs, Today).ShouldBeEmpty();
    }
}
