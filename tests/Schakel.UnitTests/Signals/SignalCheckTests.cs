using Schakel.Core.Reference;
using Schakel.Core.Signals;

namespace Schakel.UnitTests.Signals;

public sealed class SignalCheckTests
{
    private static readonly SignalCheckThresholds Defaults = new();

    private static Indicator I(string code, int weight, bool critical = false) =>
        new() { Code = code, FormCode = "X", Label = "label " + code, Weight = weight, Critical = critical };

    [Fact]
    public void No_indicators_is_low_concern_and_local_help()
    {
        var a = SignalCheck.Assess([], markedAcute: false, Defaults);
        a.Level.ShouldBe(ConcernLevel.Low);
        a.Route.ShouldBe(SuggestedRoute.LocalHelp);
        a.Reasons.ShouldContain("Geen indicatoren aangevinkt.");
    }

    [Fact]
    public void Weights_below_the_medium_threshold_stay_low()
    {
        var a = SignalCheck.Assess([I("a", 1), I("b", 2)], false, Defaults);
        a.Score.ShouldBe(3);
        a.Level.ShouldBe(ConcernLevel.Low);
    }

    [Fact]
    public void Reaching_the_medium_threshold_suggests_the_regional_table()
    {
        var a = SignalCheck.Assess([I("a", 2), I("b", 2)], false, Defaults);
        a.Level.ShouldBe(ConcernLevel.Medium);
        a.Route.ShouldBe(SuggestedRoute.RegionalTable);
    }

    [Fact]
    public void Reaching_the_high_threshold_without_critical_indicators_is_high_for_the_table()
    {
        var a = SignalCheck.Assess([I("a", 3), I("b", 3), I("c", 2)], false, Defaults);
        a.Level.ShouldBe(ConcernLevel.High);
        a.Route.ShouldBe(SuggestedRoute.RegionalTable);
    }

    [Fact]
    public void One_critical_indicator_makes_it_high_whatever_the_weight()
    {
        var a = SignalCheck.Assess([I("minor", 0, critical: true)], false, Defaults);
        a.Level.ShouldBe(ConcernLevel.High);
        a.Route.ShouldBe(SuggestedRoute.RegionalTable);
        a.Reasons.ShouldContain("Kritieke indicator: label minor.");
    }

    [Fact]
    public void Two_critical_indicators_suggest_the_acute_route()
    {
        var a = SignalCheck.Assess([I("minor", 4, true), I("violence", 4, true)], false, Defaults);
        a.Route.ShouldBe(SuggestedRoute.Acute);
        a.Reasons.ShouldContain(r => r.Contains("overweeg de acute route"));
    }

    [Fact]
    public void A_signal_marked_acute_is_acute_even_without_indicators()
    {
        var a = SignalCheck.Assess([], true, Defaults);
        a.Level.ShouldBe(ConcernLevel.High);
        a.Route.ShouldBe(SuggestedRoute.Acute);
    }

    [Fact]
    public void The_same_indicator_twice_counts_once_and_thresholds_are_configuration()
    {
        var a = SignalCheck.Assess([I("a", 3), I("a", 3)], false, new SignalCheckThresholds(MediumFrom: 3, HighFrom: 10));
        a.Score.ShouldBe(3);
        a.Level.ShouldBe(ConcernLevel.Medium);
    }
}
