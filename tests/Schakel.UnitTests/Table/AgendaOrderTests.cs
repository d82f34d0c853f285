using Schakel.Core.Table;
using Schakel.Web.Features.Table;

namespace Schakel.UnitTests.Table;

public sealed class AgendaOrderTests
{
    [Fact]
    public void Acute_items_come_first_in_each_section_and_the_chairs_order_holds_within_each_group()
    {
        // The chair ordered C, A; B was added last but is acute; D became acute after the chair ordered; E is a case.
        var items = new (string Name, AgendaSection Section, int Position, bool Acute)[]
        {
            ("C", AgendaSection.NewSignal, 1, false), ("A", AgendaSection.NewSignal, 2, false), ("D", AgendaSection.NewSignal, 3, true),
            ("E", AgendaSection.CaseInMonitoring, 4, false), ("B", AgendaSection.NewSignal, 5, true), ("F", AgendaSection.OngoingSignal, 6, true),
        };

        var ordered = AgendaOrder.Apply(items, x => new AgendaItem { Section = x.Section, Position = x.Position }, x => x.Acute);

        ordered.Select(x => x.Name).ShouldBe(["D", "B", "C", "A", "F", "E"]);
    }
}
