using System.Globalization;
using System.Text;

namespace Schakel.Core.Linking;

/// <summary>A learned model as a Markdown report: prior, m, u and weight per field and level, fit, most common terms.</summary>
public static class ModelReport
{
    public static string Markdown(LinkModel model, IReadOnlyList<(BlockKind Kind, long Pairs)>? blockPairs = null)
    {
        var sb = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        sb.AppendLine(c, $"# Linking model {model.Id}");
        sb.AppendLine();
        var fit = model.Fit;
        sb.AppendLine(c, $"- subjects: {fit.Subjects:N0}; random pairs for u: {fit.RandomPairs:N0}; blocked pairs for m: {fit.BlockedPairs:N0}");
        sb.AppendLine(c, $"- EM: {fit.Iterations} iterations, {(fit.Converged ? "converged" : "NOT converged")}; expected matches among blocked pairs: {fit.ExpectedMatches:N1}");
        sb.AppendLine(c, $"- prior: lambda = {model.Lambda:G4} (share of all pairs that are one person), log2 prior odds = {model.PriorLogOdds:0.00}");
        sb.AppendLine();
        sb.AppendLine("| field | level | m | u | weight (log2 m/u) |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var f in ComparisonFields.All)
        {
            for (var l = 1; l < ComparisonFields.LevelCount(f); l++)
            {
                sb.AppendLine(c, $"| {ComparisonFields.Token(f)} | {ComparisonFields.LevelToken(f, l)} | {model.M[(int)f][l]:0.000000} | {model.U[(int)f][l]:G4} | {model.Weight(f, l):+0.00;-0.00} |");
            }
        }
        sb.AppendLine();
        sb.AppendLine("Term frequencies adjust the name weight (exact: full name; initials, single, one_token: the shared token) and the");
        sb.AppendLine("address weight at level street by log2(u / tf), tf shrunk towards u for values seen only a few times.");
        AppendTop(sb, "full names", model.Terms.Names);
        AppendTop(sb, "name tokens", model.Terms.Tokens);
        AppendTop(sb, "streets", model.Terms.Streets);
        if (blockPairs is not null)
        {
            sb.AppendLine();
            sb.AppendLine("| blocking rule | pairs (before de-duplication) |");
            sb.AppendLine("|---|---|");
            foreach (var (kind, pairs) in blockPairs)
            {
                sb.AppendLine(c, $"| {kind} | {pairs:N0} |");
            }
        }
        return sb.ToString();
    }

    private static void AppendTop(StringBuilder sb, string what, IReadOnlyDictionary<string, int> table)
    {
        var top = table.OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).Take(10).ToList();
        if (top.Count == 0)
        {
            return;
        }
        sb.Append(CultureInfo.InvariantCulture, $"- most common {what}: ");
        sb.AppendLine(string.Join(", ", top.Select(x => string.Create(CultureInfo.InvariantCulture, $"{x.Key} ({x.Value})"))));
    }
}
