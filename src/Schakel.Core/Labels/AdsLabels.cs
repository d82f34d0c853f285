using Schakel.Core.Ads;

namespace Schakel.Core.Labels;

public static class AdsLabels
{
    public static string Dutch(Predictiveness p) => p switch
    {
        Predictiveness.Yes => "Ja",
        Predictiveness.No => "Nee: onderzoek vond geen (of een omgekeerd) verband",
        _ => "Niet onderzocht",
    };

    public static string Dutch(ImportIssueKind kind) => kind switch
    {
        ImportIssueKind.Rejected => "Regel niet ingelezen",
        ImportIssueKind.FieldIgnored => "Veld overgeslagen",
        _ => kind.ToString(),
    };

    /// <summary>The label of an indicator code from the shipped risk profile; a code only a custom profile knows stays as is.</summary>
    public static string? Indicator(string code) => RiskProfile.Default.Indicators.FirstOrDefault(i => i.Code == code)?.Label;
}
