using System.Text.RegularExpressions;
using Schakel.Core.Accounts;
using Schakel.Core.Labels;
using Schakel.Core.Organisations;
using Schakel.Core.Signals;

namespace Schakel.Web.Infrastructure.Audit;

/// <summary>
/// How a stored audit entry reads for the privacy officer. Display only: the stored text stays as written, since the
/// chain's hash covers it; codes and the English of earlier versions are turned into Dutch words here.
/// </summary>
public static partial class AuditDisplay
{
    public static string Action(AuditEntry entry) => Dutch.Of(entry.Action);

    /// <summary>The kind of record with its number, e.g. "Casus 2" for a stored "TableCase 2".</summary>
    public static string Record(AuditEntry entry) =>
        string.IsNullOrEmpty(entry.RecordId) ? Dutch.Code(CodeList.AuditRecordType, entry.RecordType)
        : $"{Dutch.Code(CodeList.AuditRecordType, entry.RecordType)} {entry.RecordId}";

    /// <summary>The stored role codes ("AttentionOfficer,Police") as their labels.</summary>
    public static string Roles(string? stored) => string.IsNullOrWhiteSpace(stored) ? ""
        : string.Join(", ", stored.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => Dutch.Code(CodeList.Role, r)));

    /// <summary>Who acted: name, organisation and roles, leaving out what is not known.</summary>
    public static string Who(AuditEntry entry)
    {
        var who = string.IsNullOrWhiteSpace(entry.Organisation) ? entry.Actor : $"{entry.Actor}, {entry.Organisation}";
        var roles = Roles(entry.Roles);
        return roles.Length == 0 ? who : $"{who} ({roles})";
    }

    /// <summary>The reason and details as one Dutch line.</summary>
    public static string Details(AuditEntry entry) =>
        string.Join(" · ", new[] { entry.Purpose, Details(entry.Details) }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public static string Details(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return "";
        }
        var text = LinkDecision().Replace(stored, m =>
            $"{Decision(m.Groups[1].Value)}: betrokkenen {m.Groups[2].Value} en {m.Groups[3].Value}");
        text = RegionSubjects().Replace(text, m => $"regio {m.Groups[1].Value}: {m.Groups[2].Value} betrokkenen{(m.Groups[3].Success ? ", te weinig om een model te schatten" : "")}");
        text = RegionModel().Replace(text, m => $"regio {m.Groups[1].Value}, model {m.Groups[2].Value}");
        text = OrganisationKind().Replace(text, m =>
            Enum.TryParse<OrganisationKind>(m.Groups[1].Value, out var kind) && Enum.IsDefined(kind) ? $"soort {Dutch.Of(kind)}" : m.Value);
        text = Channel().Replace(text, m =>
            Enum.TryParse<IntakeChannel>(m.Groups[1].Value, out var channel) && Enum.IsDefined(channel) ? $"ontvangen via {Dutch.Of(channel)}" : m.Value);
        return RoleCode().Replace(text, m => Dutch.Code(CodeList.Role, m.Value));
    }

    /// <summary>Link decisions as versions before the Dutch text wrote them; the linking pages use the same words.</summary>
    private static string Decision(string stored) => stored switch
    {
        "Confirmed" => "Zelfde persoon",
        "Related" => "Wel verband, niet dezelfde persoon",
        "Rejected" => "Geen verband",
        _ => "Nog te beoordelen",
    };

    [GeneratedRegex(@"^(Confirmed|Rejected|Related|Candidate): subjects (\d+) and (\d+)$")]
    private static partial Regex LinkDecision();

    [GeneratedRegex(@"^region (\d+): (\d+) subjects(, too few to estimate)?$")]
    private static partial Regex RegionSubjects();

    [GeneratedRegex(@"^region (\d+), model (\S+)$")]
    private static partial Regex RegionModel();

    [GeneratedRegex(@"\bsoort (\w+)")]
    private static partial Regex OrganisationKind();

    [GeneratedRegex(@"\bontvangen via (\w+)")]
    private static partial Regex Channel();

    [GeneratedRegex(@"\b(Reporter|AttentionOfficer|ChainDirector|ProcessDirector|CareCoordinator|Police|Riec|UnderminingAdvisor|PolicyMaker|PrivacyOfficer|Administrator)\b")]
    private static partial Regex RoleCode();
}
