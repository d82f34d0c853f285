using Schakel.Core.Ads;

namespace Schakel.Web.Features.Ads;

public static class ProfileLabels
{
    public static string Dutch(Predictiveness p) => p switch
    {
        Predictiveness.Yes => "Ja",
        Predictiveness.No => "Nee: onderzoek vond geen (of een omgekeerd) verband",
        _ => "Niet onderzocht",
    };
}
