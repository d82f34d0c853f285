namespace Schakel.Core.Audit;

/// <summary>
/// How a kind of record is written in the stored log, and the names earlier versions wrote for it, so that a search
/// by kind finds old entries too.
/// </summary>
public static class AuditRecordTypes
{
    /// <summary>Names written by earlier versions for the same kind of record.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> Aliases = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [nameof(AuditRecordType.Case)] = ["TableCase"],
    };

    /// <summary>The name stored in the log for this kind of record.</summary>
    public static string StoredName(this AuditRecordType type) => type.ToString();

    /// <summary>The current name and its older aliases, for searching the stored log by kind of record.</summary>
    public static IReadOnlyList<string> StoredNames(string recordType)
    {
        var current = Current(recordType);
        return Aliases.TryGetValue(current, out var old) ? [current, .. old] : [current];
    }

    /// <summary>The current name for a stored or typed name (an alias maps to the name used today).</summary>
    public static string Current(string recordType)
    {
        foreach (var (current, old) in Aliases)
        {
            if (old.Contains(recordType, StringComparer.Ordinal))
            {
                return current;
            }
        }
        return recordType;
    }
}
