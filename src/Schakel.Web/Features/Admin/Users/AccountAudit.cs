namespace Schakel.Web.Features.Admin.Users;

/// <summary>
/// Who may see personal data is decided by accounts and roles, so every change to them is part of the audit chain.
/// Details name roles by code and say what changed; never a name or an e-mail address.
/// </summary>
public static class AccountAudit
{
    public const Core.Audit.AuditRecordType RecordType = Core.Audit.AuditRecordType.Account;
    public const string PasswordReset = "nieuw wachtwoord ingesteld";
    public const string TwoFactorReset = "tweestapsverificatie teruggezet";

    public static string Changes(IReadOnlySet<string> oldRoles, IEnumerable<string> newRoles, bool organisationChanged, bool deactivated, bool reactivated)
    {
        var next = newRoles.ToHashSet(StringComparer.Ordinal);
        var parts = new List<string>();
        var added = next.Except(oldRoles).Order(StringComparer.Ordinal).ToList();
        var removed = oldRoles.Except(next).Order(StringComparer.Ordinal).ToList();
        if (added.Count > 0)
        {
            parts.Add("rol erbij: " + string.Join(",", added));
        }
        if (removed.Count > 0)
        {
            parts.Add("rol eraf: " + string.Join(",", removed));
        }
        if (organisationChanged)
        {
            parts.Add("andere organisatie");
        }
        if (deactivated)
        {
            parts.Add("niet-actief gezet");
        }
        if (reactivated)
        {
            parts.Add("weer actief");
        }
        return parts.Count == 0 ? "naam gewijzigd" : string.Join("; ", parts);
    }
}
