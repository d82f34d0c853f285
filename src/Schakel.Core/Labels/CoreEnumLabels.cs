using Schakel.Core.Accounts;
using Schakel.Core.Ads;
using Schakel.Core.BasicLevel;
using Schakel.Core.Care;
using Schakel.Core.Costs;
using Schakel.Core.Linking;
using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Core.Undermining;
using AuditActionEnum = Schakel.Core.Audit.AuditAction;
using AuditRecordTypeEnum = Schakel.Core.Audit.AuditRecordType;

namespace Schakel.Core.Labels;

/// <summary>Which label function serves which enum of the core; the functions themselves stay with their domain.</summary>
internal static class CoreEnumLabels
{
    public static readonly IReadOnlyDictionary<Type, Func<Enum, string>> Functions = Build();

    private static Dictionary<Type, Func<Enum, string>> Build()
    {
        var map = new Dictionary<Type, Func<Enum, string>>();
        void Add<T>(Func<T, string> label) where T : struct, Enum => map[typeof(T)] = v => label((T)v);

        Add<SignalStatus>(SignalLabels.Dutch);
        Add<SignalKind>(SignalLabels.Dutch);
        Add<IntakeChannel>(SignalLabels.Dutch);
        Add<SignalAction>(SignalLabels.Dutch);
        Add<SubjectRole>(SignalLabels.Dutch);
        Add<AcuteActor>(SignalLabels.Dutch);
        Add<ConcernLevel>(SignalLabels.Dutch);
        Add<SuggestedRoute>(SignalLabels.Dutch);
        Add<CaseStage>(MiscLabels.Dutch);

        Add<AgendaSection>(TableLabels.Dutch);
        Add<TableOutcome>(TableLabels.Dutch);
        Add<TrackKind>(TableLabels.Dutch);
        Add<TrackStatus>(TableLabels.Dutch);
        Add<Acquaintance>(TableLabels.Dutch);
        Add<ActionStatus>(TableLabels.Dutch);
        Add<Presence>(PresenceLabels.Dutch);

        Add<LifeDomain>(CareLabels.Dutch);
        Add<NeedStatus>(CareLabels.Dutch);
        Add<CareFileStatus>(CareLabels.Dutch);
        Add<MilestoneKind>(CareLabels.Dutch);
        Add<ContactKind>(CareLabels.Dutch);
        Add<ConsentScope>(CareLabels.Dutch);
        Add<GoalStatus>(CareLabels.Dutch);

        Add<UnderminingStatus>(UnderminingLabels.Dutch);

        Add<BuildingBlockStatus>(BasicLevelLabels.Dutch);
        Add<ActionPointStatus>(BasicLevelLabels.Dutch);
        Add<TrainingScale>(BasicLevelLabels.Dutch);
        Add<ContactRole>(BasicLevelLabels.Dutch);

        Add<OrganisationKind>(OrganisationKindLabels.Dutch);
        Add<TableRoute>(TableRouteLabels.Dutch);

        Add<AuditActionEnum>(AuditLabels.Dutch);
        Add<AuditRecordTypeEnum>(AuditLabels.Dutch);

        Add<ComparisonField>(LinkingLabels.Field);
        Add<NameLevel>(l => LinkingLabels.LevelLabel(ComparisonField.Name, (int)l));
        Add<DateLevel>(l => LinkingLabels.LevelLabel(ComparisonField.DateOfBirth, (int)l));
        Add<AddressLevel>(l => LinkingLabels.LevelLabel(ComparisonField.Address, (int)l));
        Add<PhoneLevel>(l => LinkingLabels.LevelLabel(ComparisonField.Phone, (int)l));
        Add<ExactLevel>(l => LinkingLabels.LevelLabel(ComparisonField.Email, (int)l));
        Add<PersonRole>(LinkingLabels.Dutch);
        Add<MatchReason>(LinkingLabels.Dutch);
        Add<BlockKind>(LinkingLabels.Dutch);
        Add<LinkKind>(LinkingLabels.Dutch);

        Add<Predictiveness>(AdsLabels.Dutch);
        Add<ImportIssueKind>(AdsLabels.Dutch);

        Add<RoundingMode>(MiscLabels.Dutch);
        Add<ReferenceList>(MiscLabels.Dutch);
        Add<CodeList>(MiscLabels.Dutch);
        return map;
    }
}
