using System.Runtime.CompilerServices;
using Schakel.Core.Labels;

namespace Schakel.Web.Features.Costs;

/// <summary>The Dutch names of the cost keys, handed to the one catalogue when the web assembly loads.</summary>
public static class CostEnumLabels
{
    public static string Dutch(CostKey key) => key switch
    {
        CostKey.Population => "Totaalbedrag naar inwonertal",
        CostKey.PerInhabitant => "Bedrag per inwoner",
        _ => key.ToString(),
    };

    [ModuleInitializer]
    internal static void Register() => Schakel.Core.Labels.Dutch.Register<CostKey>(Dutch);
}
