using Schakel.Core.Signals;

namespace Schakel.UnitTests.Signals;

public sealed class AgeGroupsTests
{
    [Theory]
    [InlineData("2008-11-24", AgeGroups.Minor)]
    [InlineData("2008-11-23", AgeGroups.Age18To23)]
    [InlineData("2002-11-24", AgeGroups.Age18To23)]
    [InlineData("2002-11-23", AgeGroups.Age24To30)]
    [InlineData("1995-11-23", AgeGroups.Age31To50)]
    [InlineData("1975-11-24", AgeGroups.Age31To50)]
    [InlineData("1975-11-23", AgeGroups.Age51Plus)]
    public void Age_group_is_counted_on_the_birthday(string dob, string expected) =>
        AgeGroups.FromDateOfBirth(DateOnly.Parse(dob, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 11, 23)).ShouldBe(expected);
}
