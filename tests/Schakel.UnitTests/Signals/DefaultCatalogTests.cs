using Schakel.Core.Reference;

namespace Schakel.UnitTests.Signals;

public sealed class DefaultCatalogTests
{
    [Fact]
    public void Every_form_of_trafficking_has_a_signal_card_and_codes_are_unique()
    {
        foreach (var form in ExploitationForms.Trafficking)
        {
            DefaultCatalog.Indicators.Count(i => i.FormCode == form).ShouldBeGreaterThanOrEqualTo(6);
        }
        DefaultCatalog.Indicators.Select(i => i.Code).ShouldBeUnique();
        DefaultCatalog.Items.Select(i => (i.List, i.Code)).ShouldBeUnique();
    }

    [Fact]
    public void The_critical_indicators_of_the_general_card_are_minor_violence_documents_and_freedom()
    {
        DefaultCatalog.Indicators.Where(i => i.FormCode == ExploitationForms.General && i.Critical).Select(i => i.Code)
            .ShouldBe(["ALG_MINDERJARIG", "ALG_GEWELD", "ALG_DOCUMENTEN", "ALG_VRIJHEID"], ignoreOrder: true);
    }
}
