using Schakel.Core.Figures;

namespace Schakel.UnitTests.Figures;

public sealed class NationalityGroupsTests
{
    [Theory]
    [InlineData("Nederlands", NationalityGroups.Netherlands)]
    [InlineData("Nederlandse", NationalityGroups.Netherlands)]
    [InlineData("NL", NationalityGroups.Netherlands)]
    [InlineData("Pools", NationalityGroups.EuEea)]
    [InlineData(" poolse ", NationalityGroups.EuEea)]
    [InlineData("POL", NationalityGroups.EuEea)]
    [InlineData("Bulgaars", NationalityGroups.EuEea)]
    [InlineData("Roemenië", NationalityGroups.EuEea)]
    [InlineData("Roemenie", NationalityGroups.EuEea)]
    [InlineData("Noors", NationalityGroups.EuEea)]
    [InlineData("Oekraïens", NationalityGroups.OtherEurope)]
    [InlineData("Brits", NationalityGroups.OtherEurope)]
    [InlineData("Zwitserse", NationalityGroups.OtherEurope)]
    [InlineData("Nigeriaanse", NationalityGroups.Africa)]
    [InlineData("ER", NationalityGroups.Africa)]
    [InlineData("Chinees", NationalityGroups.Asia)]
    [InlineData("Chinese", NationalityGroups.Asia)]
    [InlineData("Vietnamese", NationalityGroups.Asia)]
    [InlineData("Surinaams", NationalityGroups.Americas)]
    [InlineData("Dominicaanse Republiek", NationalityGroups.Americas)]
    [InlineData("Nieuw-Zeelands", NationalityGroups.Oceania)]
    [InlineData("nieuw zeeland", NationalityGroups.Oceania)]
    [InlineData("staatloos", NationalityGroups.Unknown)]
    [InlineData("Onbekend", NationalityGroups.Unknown)]
    public void Known_nationalities_land_in_their_group(string stored, string group) =>
        NationalityGroups.Of(stored).ShouldBe(group);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Atlantisch")]
    public void Empty_or_unrecognised_values_count_as_unknown_rather_than_vanish(string? stored)
    {
        NationalityGroups.Of(stored).ShouldBe(NationalityGroups.Unknown);
        NationalityGroups.IsRecognised(stored).ShouldBeFalse();
    }

    [Fact]
    public void Every_group_has_a_dutch_label_and_unknown_comes_last()
    {
        NationalityGroups.All.Select(g => g.Code).ShouldBeUnique();
        NationalityGroups.All[^1].Code.ShouldBe(NationalityGroups.Unknown);
        NationalityGroups.Label(NationalityGroups.Asia).ShouldBe("Azië");
    }
}

public sealed class NationalityCodeTests
{
    [Theory]
    [InlineData("Poolse", "PL", "PL")]
    [InlineData(" roemeens ", "RO", "RO")]
    [InlineData("POL", "PL", "PL")]
    [InlineData("Belgisch", "BE", NationalityFigures.Other)]
    [InlineData("Jan Jansen", null, NationalityFigures.Unknown)]
    [InlineData(null, null, NationalityFigures.Unknown)]
    public void Free_text_becomes_a_country_code_and_rare_countries_count_as_other(string? stored, string? code, string row)
    {
        NationalityGroups.CountryCode(stored).ShouldBe(code);
        NationalityFigures.Row(code).ShouldBe(row);
    }

    [Fact]
    public void The_nationality_rows_are_a_fixed_list_with_dutch_names()
    {
        var rows = NationalityFigures.Rows;
        rows.ShouldContain(("PL", "Polen"));
        rows[^2].Label.ShouldBe("Overig");
        rows[^1].Code.ShouldBe(NationalityFigures.Unknown);
    }
}
