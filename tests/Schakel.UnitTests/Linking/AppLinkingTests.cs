using Schakel.Core.Linking;
using Schakel.Core.Signals;
using Schakel.Web.Features.Linking;

namespace Schakel.UnitTests.Linking;

/// <summary>The app's glue around the engine: stored subjects to records, Dutch reasons, the table flag rule.</summary>
public sealed class AppLinkingTests
{
    private static readonly LinkingOptions Defaults = new();

    private static ClusterSignal Signal(int id, string source, SignalStatus status = SignalStatus.New, bool acute = false) =>
        new(id, $"MH-{id}", 1, "Zwolle", source, status, acute);

    [Fact]
    public void Every_engine_reason_has_a_Dutch_phrase()
    {
        foreach (var (_, token, _) in MatchReasons.All)
        {
            LinkReasons.IsKnown(token).ShouldBeTrue(token);
        }
        LinkReasons.ToDutch("phone;name_fuzzy;dob_exact").ShouldBe(["zelfde telefoonnummer", "naam vrijwel gelijk (tikfout, spellingvariant of extra naam)", "zelfde geboortedatum"]);
        LinkReasons.ToDutch("").ShouldBeEmpty();
    }

    [Theory]
    [InlineData(0.06, "zwak")]
    [InlineData(0.5, "voorgesteld")]
    [InlineData(0.999, "sterk")]
    public void Strength_follows_the_proposal_threshold(double score, string expected) => LinkReasons.Strength(score).ShouldBe(expected);

    [Fact]
    public void Three_signals_from_two_sources_are_flagged_two_signals_or_one_source_are_not()
    {
        ClusterFlags.Reasons([Signal(1, "POLITIE"), Signal(2, "ZORG")], Defaults).ShouldBeEmpty();
        ClusterFlags.Reasons([Signal(1, "ZORG"), Signal(2, "ZORG"), Signal(3, "ZORG")], Defaults).ShouldBeEmpty();
        ClusterFlags.Reasons([Signal(1, "POLITIE"), Signal(2, "ZORG"), Signal(3, "ZORG")], Defaults).ShouldBe(["3 meldingen uit 2 verschillende bronnen"]);
    }

    [Fact]
    public void The_threshold_is_configurable()
    {
        var strict = new LinkingOptions { MinSignals = 4, MinSources = 3 };
        ClusterFlags.Reasons([Signal(1, "POLITIE"), Signal(2, "ZORG"), Signal(3, "BURGER")], strict).ShouldBeEmpty();
        ClusterFlags.Reasons([Signal(1, "POLITIE"), Signal(2, "ZORG")], new LinkingOptions { MinSignals = 2, MinSources = 2 }).Count.ShouldBe(1);
    }

    [Fact]
    public void A_link_to_a_signal_on_the_table_or_an_acute_one_is_flagged_whatever_the_count()
    {
        ClusterFlags.Reasons([Signal(1, "ZORG"), Signal(2, "ZORG", SignalStatus.RegisteredForTable)], Defaults)
            .ShouldBe(["gekoppeld aan een melding die is aangemeld voor de regionale tafel"]);
        ClusterFlags.Reasons([Signal(1, "ZORG"), Signal(2, "ZORG", acute: true)], Defaults).ShouldBe(["gekoppeld aan een acute melding"]);
    }

    [Fact]
    public void Every_licence_plate_and_phone_line_of_a_subject_is_compared()
    {
        var stored = new Subject { Id = 7, SignalId = 3, FullName = "Jan Mol", Phones = "06-12345678\n+48 601 234 567", LicensePlates = "VGL-12-K\n12-ABC-3" };
        var features = SubjectRecords.Features(stored);
        features.SubjectId.ShouldBe("7");
        features.Phones.ShouldBe(["+31612345678", "+48601234567"]);
        features.Plates.Order().ShouldBe(["12ABC3", "VGL12K"]);

        var other = SubjectRecords.Features(new Subject { Id = 9, SignalId = 4, LicensePlates = "12abc3" });
        var score = DefaultModel.Instance.Score(features, other);
        (score.Reasons & MatchReason.LicensePlate).ShouldBe(MatchReason.LicensePlate);
    }

    [Fact]
    public void Typed_date_of_birth_and_address_reach_the_engine()
    {
        var a = SubjectRecords.Features(new Subject { Id = 1, SignalId = 1, FullName = "Dimitar Petrov", DateOfBirth = new DateOnly(1994, 7, 12), Postcode = "8012 DJ", HouseNumber = "114" });
        var b = SubjectRecords.Features(new Subject { Id = 2, SignalId = 2, FullName = "Dimitar Petrof", DateOfBirth = new DateOnly(1994, 7, 12), Postcode = "8012dj", HouseNumber = "114" });
        var score = DefaultModel.Instance.Score(a, b);
        score.Reasons.ShouldBe(MatchReason.NameFuzzy | MatchReason.DobExact | MatchReason.Address);
        score.Score.ShouldBeGreaterThan(CandidateLink.ProposalThreshold);
        SubjectRecords.Keys(a).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_subject_without_identifiers_has_no_keys_and_is_never_a_candidate()
    {
        SubjectRecords.Keys(SubjectRecords.Features(new Subject { Id = 1, SignalId = 1, Gender = "V", AgeGroup = "18-23" })).ShouldBeEmpty();
    }
}
