namespace Schakel.Core.Audit;

/// <summary>
/// One member per kind of record in the audit log. The member's name is what is stored: the chain's hash covers it,
/// so a member is never renamed; names written by earlier versions are kept as aliases in <see cref="AuditRecordTypes"/>.
/// </summary>
public enum AuditRecordType
{
    Signal,
    Subject,
    Case,
    CaseTrack,
    CareFile,
    TableMeeting,
    TableAgenda,
    AgendaItem,
    PreRound,
    TableMinutes,
    TableAction,
    RegionalTable,
    LinkCluster,
    LinkCandidates,
    /// <summary>A region's linking model: its estimation and who looked at it.</summary>
    LinkModel,
    SubjectLink,
    BreakGlassUse,
    Account,
    RoleRequest,
    ApiKey,
    Organisation,
    Indicator,
    AuditLog,
    PersonSearch,
    DemoData,
    ActionPoint,
    MunicipalBuildingBlock,
    ContactPerson,
    ContactRegister,
    BasicLevelOverview,
    TrainingSession,
    Ad,
    AdCluster,
    AdImport,
    AdProfile,
    CoMensha,
    Dashboard,
    Figures,
    FigureCounts,
    /// <summary>A spoed-MDO: its question, invitees, advice and outcome.</summary>
    AcuteConsultation,
    /// <summary>The outbox of e-mail: the administrator's view of it and sending a message again.</summary>
    OutgoingMail,
    /// <summary>An import of history from a spreadsheet, and its rollback: one entry per import with its counts.</summary>
    SignalImport,
}
