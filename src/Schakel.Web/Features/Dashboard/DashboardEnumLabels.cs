using System.Runtime.CompilerServices;
using Schakel.Web.Features.Dashboard.Contracts;

namespace Schakel.Web.Features.Dashboard;

/// <summary>The Dutch names of what the figures count by, handed to the one catalogue when the web assembly loads.</summary>
public static class DashboardEnumLabels
{
    public static string Dutch(FigureDimension dimension) => dimension switch
    {
        FigureDimension.Form => "Vorm van uitbuiting",
        FigureDimension.Sector => "Sector",
        FigureDimension.MelderType => "Soort melder",
        FigureDimension.Municipality => "Gemeente",
        FigureDimension.Registered => "Geregistreerde signalen",
        FigureDimension.AgeGroup => "Leeftijdsgroep",
        FigureDimension.Gender => "Geslacht",
        FigureDimension.Nationality => "Nationaliteit",
        FigureDimension.Case => "Signalen per casus",
        FigureDimension.Suspicion => "Redelijk vermoeden",
        FigureDimension.CaseVictims => "Slachtoffers per casus",
        FigureDimension.FlowWork => "Van woon- naar werkgemeente",
        FigureDimension.FlowFound => "Van woon- naar vindplaats",
        FigureDimension.FlowWorkViaFound => "Werkgemeente van wie hier is aangetroffen",
        FigureDimension.FlowFoundViaWork => "Vindplaats van wie hier werkt",
        _ => dimension.ToString(),
    };

    [ModuleInitializer]
    internal static void Register() => Schakel.Core.Labels.Dutch.Register<FigureDimension>(Dutch);
}
