namespace Schakel.Core.Audit;

/// <summary>
/// One name per kind of record in the audit log. Stored entries keep the name they were written with (the chain's
/// hash covers it), so names used by earlier versions are listed as aliases and searched along with the current one.
/// </summary>
public static class AuditRecordTypes
{
    public const string Signal = "Signal";
    public const string Subject = "Subject";
    public const string Case = "Case";
    public const string CaseTrack = "CaseTrack";
    public const string CareFile = "CareFile";
    public const string Meeting = "TableMeeting";
    public const string Agenda = "TableAgenda";
    public const string AgendaItem = "AgendaItem";
    public const string PreRound = "PreRound";
    public const string Minutes = "TableMinutes";
    public const string TableAction = "TableAction";
    public const string RegionalTable = "RegionalTable";
    public const string LinkCluster = "LinkCluster";
    public const string LinkCandidates = "LinkCandidates";
    /// <summary>A region's linking model: its estimation and who looked at it.</summary>
    public const string LinkModel = "LinkModel";
    public const string SubjectLink = "SubjectLink";
    public const string BreakGlassUse = "BreakGlassUse";
    public const string Account = "Account";
    public const string RoleRequest = "RoleRequest";
    public const string ApiKey = "ApiKey";
    public const string Organisation = "Organisation";
    public const string Indicator = "Indicator";
    public const string AuditLog = "AuditLog";
    public const string PersonSearch = "PersonSearch";
    public const string DemoData = "DemoData";
    public const string ActionPoint = "ActionPoint";
    public const string MunicipalBuildingBlock = "MunicipalBuildingBlock";
    public const string ContactPerson = "ContactPerson";
    public const string ContactRegister = "ContactRegister";
    public const string BasicLevelOverview = "BasicLevelOverview";
    public const string TrainingSession = "TrainingSession";
    public const string Ad = "Ad";
    public const string AdCluster = "AdCluster";
    public const string AdImport = "AdImport";
    public const string AdProfile = "AdProfile";
    public const string CoMensha = "CoMensha";
    public const string Dashboard = "Dashboard";
    public const string Figures = "Figures";
    public const string FigureCounts = "FigureCounts";

    /// <summary>Names written by earlier versions for the same kind of record.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> Aliases = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Case] = ["TableCase"],
    };

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
