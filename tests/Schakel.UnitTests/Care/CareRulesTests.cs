using Schakel.Core.Care;
using Schakel.Testing;

namespace Schakel.UnitTests.Care;

public sealed class CareRulesTests
{
    private static readonly DateOnly Day = new(2026, 3, 1);

    [Fact]
    public void A_care_file_closes_only_with_an_outcome_and_no_open_needs()
    {
        var file = new CareFile { Needs = [new CareNeed { Domain = LifeDomain.Housing }.Stored(n => n.Status, NeedStatus.InProgress), new CareNeed { Domain = LifeDomain.Income }.Stored(n => n.Status, NeedStatus.Met)] };
        CareRules.WhyNotClosable(file, null).ShouldNotBeNull().ShouldContain("uitkomst");
        CareRules.WhyNotClosable(file, "ZELFSTANDIG").ShouldNotBeNull().ShouldContain("Huisvesting");
        file.Needs[0].Stored(n => n.Status, NeedStatus.NotNeeded);
        CareRules.WhyNotClosable(file, "ZELFSTANDIG").ShouldBeNull();
        file.Stored(f => f.Status, CareFileStatus.Closed);
        CareRules.WhyNotClosable(file, "ZELFSTANDIG").ShouldNotBeNull();
    }

    [Fact]
    public void Residence_steps_must_be_dated_in_their_legal_order()
    {
        var existing = new[] { new CareMilestone { Kind = MilestoneKind.ReflectionPeriodStart, On = Day }, new CareMilestone { Kind = MilestoneKind.ResidencePermitApplied, On = Day.AddDays(20) } };
        CareRules.WhyMilestoneOutOfOrder(existing, MilestoneKind.ReflectionPeriodEnd, Day.AddDays(-1)).ShouldNotBeNull();
        CareRules.WhyMilestoneOutOfOrder(existing, MilestoneKind.ReflectionPeriodEnd, Day.AddDays(21)).ShouldNotBeNull();
        CareRules.WhyMilestoneOutOfOrder(existing, MilestoneKind.ReflectionPeriodEnd, Day.AddDays(10)).ShouldBeNull();
        CareRules.WhyRangeInvalid(Day, Day.AddDays(-1), "x").ShouldNotBeNull();
        CareRules.WhyRangeInvalid(Day, Day, "x").ShouldBeNull();
    }

    [Fact]
    public void A_withdrawn_consent_is_not_valid_from_the_day_of_withdrawal()
    {
        var consents = new[] { new Consent { Scope = ConsentScope.CoMenshaReport, GivenOn = Day, WithdrawnOn = Day.AddDays(5), RecordedBy = "x" } };
        CareRules.HasValidCoMenshaConsent(consents, Day.AddDays(-1)).ShouldBeFalse();
        CareRules.HasValidCoMenshaConsent(consents, Day.AddDays(4)).ShouldBeTrue();
        CareRules.HasValidCoMenshaConsent(consents, Day.AddDays(5)).ShouldBeFalse();
        var sharing = new[] { new Consent { Scope = ConsentScope.ShareWithPartner, PartnerName = "Fier", GivenOn = Day, RecordedBy = "x" } };
        CareRules.HasValidCoMenshaConsent(sharing, Day.AddDays(1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("IN_ZORG", "ZELFSTANDIG")]
    [InlineData("IN_ZORG", "UIT_BEELD", "ZELFSTANDIG", "ZORG_AFGEWEZEN")]
    [InlineData("DOORVERWEZEN", "OVERGEDRAGEN")]
    [InlineData("DOORVERWEZEN", "TERUGKEER", "ZORG_AFGEWEZEN")]
    [InlineData("ZORG_AFGEWEZEN", "ZORG_AFGEWEZEN", "UIT_BEELD")]
    [InlineData("UIT_BEELD", "UIT_BEELD")]
    public void The_care_track_outcome_follows_the_best_outcome_of_its_care_files(string expected, params string[] fileOutcomes)
    {
        var outcome = CareRules.CareTrackOutcome(fileOutcomes);
        outcome.ShouldBe(expected);
        Schakel.Core.Table.TrackOutcomes.IsValid(Schakel.Core.Table.TrackKind.Care, outcome).ShouldBeTrue();
    }

    [Fact]
    public void Every_care_file_outcome_maps_to_a_valid_care_track_outcome()
    {
        foreach (var (code, _) in CareOutcomes.All)
        {
            Schakel.Core.Table.TrackOutcomes.IsValid(Schakel.Core.Table.TrackKind.Care, CareRules.CareTrackOutcome([code])).ShouldBeTrue(code);
        }
    }

    [Fact]
    public void The_care_track_cannot_be_closed_by_hand_while_a_care_file_is_open()
    {
        var open = new CareFile();
        var closed = new CareFile().Stored(f => f.Status, CareFileStatus.Closed);
        CareRules.WhyCareTrackNotClosable([closed, open, new CareFile()]).ShouldNotBeNull().ShouldContain("Nog open: 2 zorgdossiers");
        CareRules.WhyCareTrackNotClosable([open]).ShouldNotBeNull().ShouldContain("Nog open: 1 zorgdossier;");
        CareRules.WhyCareTrackNotClosable([closed]).ShouldBeNull();
        CareRules.WhyCareTrackNotClosable([]).ShouldBeNull();
    }
}
