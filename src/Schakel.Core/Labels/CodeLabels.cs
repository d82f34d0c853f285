using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Core.BasicLevel;
using Schakel.Core.Figures;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Core.Undermining;

namespace Schakel.Core.Labels;

/// <summary>Where each code list keeps its codes and labels; this class only looks them up.</summary>
internal static class CodeLabels
{
    private static readonly Dictionary<CodeList, IReadOnlyList<(string Code, string Label)>> Lists = Enum.GetValues<CodeList>()
        .ToDictionary(l => l, Build);

    private static readonly Dictionary<CodeList, Dictionary<string, string>> ByCode = Lists.ToDictionary(
        l => l.Key,
        l => l.Value.GroupBy(c => c.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Label, StringComparer.Ordinal));

    public static IReadOnlyList<(string Code, string Label)> All(CodeList list) => Lists[list];

    public static string? TryLabel(CodeList list, string code) =>
        ByCode[list].TryGetValue(code, out var label) ? label : null;

    private static IReadOnlyList<(string Code, string Label)> Build(CodeList list) => list switch
    {
        CodeList.AgeGroup => AgeGroups.All,
        CodeList.Gender => GenderCodes.All,
        CodeList.ExploitationForm => Reference(ReferenceList.ExploitationForm),
        CodeList.MelderType => Reference(ReferenceList.MelderType),
        CodeList.Sector => Reference(ReferenceList.Sector),
        CodeList.NationalityGroup => NationalityGroups.All,
        CodeList.Country => [.. NationalityGroups.CountryCodes.Select(c => (c, NationalityGroups.CountryName(c)))],
        CodeList.SignalIndicator => [.. DefaultCatalog.Indicators.Select(i => (i.Code, i.Label))],
        CodeList.AdIndicator => [.. Ads.RiskProfile.Default.Indicators.Select(i => (i.Code, i.Label))],
        CodeList.AuditRecordType =>
        [
            .. Enum.GetValues<AuditRecordType>().Select(t => (t.StoredName(), AuditLabels.Dutch(t))),
            .. Enum.GetNames<AuditRecordType>().SelectMany(n => AuditRecordTypes.StoredNames(n).Skip(1)).Select(a => (a, AuditLabels.RecordType(a))),
        ],
        CodeList.AuditAction => [.. Enum.GetValues<AuditAction>().Select(a => (a.ToString(), AuditLabels.Dutch(a)))],
        CodeList.Role => [.. Roles.All.Select(r => (r, Roles.Label(r)))],
        CodeList.RiecOutcome => [.. RiecOutcomes.All.Select(o => (o, UnderminingLabels.RiecOutcome(o)))],
        CodeList.TrackOutcome => [.. TrackOutcomes.ByKind.Values.SelectMany(v => v)],
        CodeList.MatchReason => [.. LinkingLabels.AllReasons()],
        CodeList.TrainingTargetGroup => TargetGroups.All,
        _ => [],
    };

    private static IReadOnlyList<(string Code, string Label)> Reference(ReferenceList list) =>
        [.. DefaultCatalog.Items.Where(i => i.List == list).Select(i => (i.Code, i.Label))];
}
