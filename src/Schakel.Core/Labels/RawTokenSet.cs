namespace Schakel.Core.Labels;

/// <summary>
/// The words a page must never show: enum member names and stored codes. A page test compares visible text against
/// them, so tokens that are also ordinary text are left out, or every page with "Open" or "V" would fail.
/// </summary>
internal static class RawTokenSet
{
    /// <summary>Member names and codes that are also plain Dutch (or a proper name) and may be read as such.</summary>
    private static readonly HashSet<string> DutchWords = new(StringComparer.Ordinal)
    {
        "Open", "Partner", "Sector", "Postcode", "Status", "Import", "Kind", "Direct", "Indicator", "Triage", "Dashboard", "Training", "Account", "Export", "App", "Monitor", "Met",
        "CoMensha",
    };

    public static IReadOnlySet<string> Build(IEnumerable<Type> registeredEnums)
    {
        var enums = CoreEnumLabels.Functions.Keys.Concat(registeredEnums).Distinct().ToList();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in enums)
        {
            foreach (var value in Enum.GetValues(type).Cast<Enum>())
            {
                labels.Add(Dutch.Of(value));
                tokens.Add(value.ToString());
            }
        }
        foreach (var list in Enum.GetValues<CodeList>())
        {
            foreach (var (code, label) in CodeLabels.All(list))
            {
                labels.Add(label);
                tokens.Add(code);
            }
        }
        // A token its own label spells out, such as KCC in "Klantcontactcentrum (KCC)", is text too.
        var words = labels.SelectMany(l => l.Split([' ', '(', ')', ',', '/', ';', ':', '.'], StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        tokens.RemoveWhere(t => t.Length < 3 || !t.Any(char.IsLetter) || labels.Contains(t) || words.Contains(t) || DutchWords.Contains(t) || t.Contains(','));
        return tokens;
    }
}
