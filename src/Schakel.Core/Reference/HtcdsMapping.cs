namespace Schakel.Core.Reference;

/// <summary>
/// How Schakel's codes line up with the IOM Human Trafficking Case Data Standard (HTCDS), so an export can be mapped:
/// forms of exploitation to <c>TypeOfExploitation</c>, indicators that describe a means of control to the matching
/// <c>MethodsOfControl</c> value. Codes without an HTCDS counterpart are simply absent.
/// </summary>
public static class HtcdsMapping
{
    public static readonly IReadOnlyDictionary<string, string> TypeOfExploitation = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ExploitationForms.Sexual] = "SexualExploitation",
        [ExploitationForms.Labour] = "ForcedLabour",
        [ExploitationForms.Criminal] = "Other",
        [ExploitationForms.OrganRemoval] = "Other",
    };

    public static readonly IReadOnlyDictionary<string, string> MethodsOfControl = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ALG_GEWELD"] = "Threats",
        ["ALG_DOCUMENTEN"] = "WithholdsDocuments",
        ["ALG_VRIJHEID"] = "RestrictsMovement",
        ["SEKS_SPOREN"] = "PhysicalAbuse",
        ["SEKS_PASPOORT"] = "WithholdsDocuments",
        ["SEKS_AFDRACHT"] = "TakesEarnings",
        ["SEKS_SCHULD"] = "DebtBondage",
        ["SEKS_BEWAKING"] = "RestrictsMovement",
        ["SEKS_FAMILIE"] = "Threats",
        ["ARB_LANGE_DAGEN"] = "ExcessiveWorkingHours",
        ["ARB_ONDERBETALING"] = "TakesEarnings",
        ["ARB_ID"] = "WithholdsDocuments",
        ["ARB_BELOFTEN"] = "FalsePromises",
        ["ARB_MISHANDELING"] = "PhysicalAbuse",
        ["ARB_SCHULD"] = "DebtBondage",
        ["ARB_BANKPAS"] = "RestrictsFinancialAccess",
        ["ARB_BOETES"] = "TakesEarnings",
        ["ARB_INWONEND"] = "ExcessiveWorkingHours",
        ["CRIM_PINPAS"] = "RestrictsFinancialAccess",
        ["CRIM_DRUKMIDDEL"] = "PsychologicalAbuse",
        ["CRIM_KWETSBAAR"] = "PsychoactiveSubstances",
        ["ORG_BEDREIGD"] = "Threats",
        ["ORG_SCHULD"] = "DebtBondage",
    };

    /// <summary>The HTCDS TypeOfExploitation for a set of forms: "Both" when sexual and labour exploitation meet.</summary>
    public static string? TypeFor(IEnumerable<string> formCodes)
    {
        var types = formCodes.Select(f => TypeOfExploitation.GetValueOrDefault(f)).OfType<string>().Distinct().ToList();
        if (types.Contains("SexualExploitation") && types.Contains("ForcedLabour"))
        {
            return "Both";
        }
        return types.Count switch
        {
            0 => null,
            1 => types[0],
            _ => types.FirstOrDefault(t => t != "Other") ?? "Other",
        };
    }
}
