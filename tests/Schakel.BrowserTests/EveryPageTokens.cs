using System.Reflection;
using System.Text.RegularExpressions;
using Schakel.Core.Accounts;
using Schakel.Core.Ads;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Web.Features.Signals.Contracts;

namespace Schakel.BrowserTests;

/// <summary>
/// What a Dutch page must never show: enum member names and codes instead of their labels, and English UI words.
/// The one place that knows these lists, so a central label catalogue can replace the collector later.
/// </summary>
public static class EveryPageTokens
{
    /// <summary>English words of a user interface that a Dutch page translates; matched case-sensitively as whole words.</summary>
    public static readonly string[] EnglishWords =
    [
        "Denied", "Rejected", "Not found", "Submit", "Save", "Cancel", "Delete", "Edit", "Search", "Loading", "Error", "null",
        "True", "False", "TableCase", "AttentionOfficer", "DOMAIN", "SPEC", "Yes", "Back", "Next", "Previous", "Close", "Unknown",
        "None", "Required", "Invalid", "Sign in", "Log in", "Password", "Moment (UTC)",
    ];

    /// <summary>Member names and codes that are also plain Dutch (or a name), so they may appear in running text.</summary>
    private static readonly HashSet<string> FineAsText = new(StringComparer.Ordinal)
    {
        "Open", "Info", "Ok", "Politie", "Riec", "Nee", "Ja", "Gemeente", "App", "Online", "Overig", "Zorg", "Werk", "Wonen",
        "Financien", "Onderwijs", "Vrijheid", "Opvang", "Veilig", "Dashboard", "Email", "Telefoon", "Web", "Tafel", "Normaal",
        "Direct", "Triage", "CoMensha", "Acute", "Account", "Partner", "Indicator", "Sector", "Postcode", "Status", "Import", "Kind", "Met", "Api",
    };

    private static readonly Lazy<IReadOnlySet<string>> RawTokens = new(Collect);

    /// <summary>Every enum member name of the app and every code of its code lists, minus those fine as text.</summary>
    public static IReadOnlySet<string> Raw => RawTokens.Value;

    private static HashSet<string> Collect()
    {
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in new[] { typeof(Signal).Assembly, typeof(Genders).Assembly })
        {
            foreach (var type in assembly.GetTypes().Where(t => t.IsEnum))
            {
                tokens.UnionWith(Enum.GetNames(type));
            }
        }
        tokens.UnionWith(AgeGroups.All.Select(a => a.Code));
        tokens.UnionWith(Genders.All.Select(g => g.Code));
        tokens.UnionWith(DefaultCatalog.Items.Select(i => i.Code));
        tokens.UnionWith(DefaultCatalog.Indicators.SelectMany(i => new[] { i.Code, i.FormCode }));
        tokens.UnionWith(Constants(typeof(IndicatorCodes)));
        tokens.UnionWith(Constants(typeof(ExploitationForms)));
        tokens.UnionWith(Roles.All);
        tokens.ExceptWith(FineAsText);
        return tokens;
    }

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!);

    private static readonly Lazy<Regex> InText = new(() => WholeWords(Raw.Where(t => t.Length > 1)));
    private static readonly Lazy<Regex> English = new(() => WholeWords(EnglishWords));

    private static Regex WholeWords(IEnumerable<string> words) =>
        new(@"(?<![\p{L}\p{N}_])(?:" + string.Join("|", words.OrderByDescending(w => w.Length).Select(Regex.Escape)) + @")(?![\p{L}\p{N}_])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// The findings in a page's visible text (<paramref name="text"/>, as the browser's innerText) and in the texts of its
    /// visible leaf elements (<paramref name="leaves"/>), where a one-letter code such as a gender counts only on its own.
    /// A code a page shows on purpose as a code (an administrator's code column) is marked up as <c>&lt;code&gt;</c>;
    /// <paramref name="codes"/> are those texts, left out.
    /// </summary>
    public static IEnumerable<string> Findings(string text, IEnumerable<string> leaves, IEnumerable<string> codes)
    {
        foreach (var code in codes.Where(c => c.Length > 0))
        {
            var at = text.IndexOf(code, StringComparison.Ordinal);
            text = at < 0 ? text : text.Remove(at, code.Length);
        }
        var coded = codes.Select(c => c.Trim()).ToHashSet(StringComparer.Ordinal);
        leaves = leaves.Where(l => !coded.Contains(l.Trim()));
        var raw = InText.Value.Matches(text).Select(m => m.Value)
            .Concat(leaves.Select(l => l.Trim()).Where(l => l.Length == 1 && Raw.Contains(l)));
        foreach (var token in raw.Distinct(StringComparer.Ordinal))
        {
            yield return $"raw code or enum name \"{token}\" in the text: \"{Around(text, token)}\"";
        }
        foreach (var word in English.Value.Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            yield return $"English word \"{word}\": \"{Around(text, word)}\"";
        }
    }

    private static string Around(string text, string token)
    {
        var at = Regex.Match(text, @"(?<![\p{L}\p{N}_])" + Regex.Escape(token) + @"(?![\p{L}\p{N}_])").Index;
        var from = Math.Max(0, at - 40);
        var to = Math.Min(text.Length, at + token.Length + 40);
        return Regex.Replace(text[from..to], @"\s+", " ").Trim();
    }
}
