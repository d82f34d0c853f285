using System.Text.RegularExpressions;
using Schakel.Web.Features.Signals;

namespace Schakel.UnitTests.Signals;

public sealed class ReferenceNumbersTests
{
    [Fact]
    public void References_have_the_readable_format_and_do_not_repeat()
    {
        var refs = Enumerable.Range(0, 10_000).Select(_ => ReferenceNumbers.New()).ToList();
        refs.ShouldAllBe(r => Regex.IsMatch(r, "^MH-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$"));
        refs.Distinct().Count().ShouldBe(refs.Count);
    }
}
