using Schakel.Core.Labels;

namespace Schakel.Web.Features.Linking;

/// <summary>The engine's reason tokens in the words the ketenregisseur and the AF read (the words live in <see cref="LinkingLabels"/>).</summary>
public static class LinkReasons
{
    /// <summary>Dutch phrases for a stored token list such as <c>phone;name_fuzzy</c>, in the engine's order.</summary>
    public static IReadOnlyList<string> ToDutch(string? tokens) =>
        string.IsNullOrEmpty(tokens)
            ? []
            : tokens.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(t => LinkingLabels.Reason(t) ?? t).ToList();

    public static bool IsKnown(string token) => LinkingLabels.Reason(token) is not null;

    /// <summary>How strong a score is, in words; 0.5 is the engine's proposal threshold.</summary>
    public static string Strength(double score) => score switch
    {
        >= 0.95 => "sterk",
        >= Core.Linking.CandidateLink.ProposalThreshold => "voorgesteld",
        _ => "zwak",
    };

    public static string Percent(double score) => Math.Round(score * 100).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
