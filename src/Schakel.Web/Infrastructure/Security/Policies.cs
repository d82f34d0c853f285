using Microsoft.AspNetCore.Authorization;
using Schakel.Core.Accounts;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// Named authorization policies, each with its role set defined once in <see cref="PolicyRoles"/>. Pages, endpoints and
/// the menu name a policy; record-level need-to-know is decided by <see cref="AccessPolicy"/> through the handlers.
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in user: pages whose record-level checks decide the rest.</summary>
    public const string SignedIn = nameof(SignedIn);
    public const string Administration = nameof(Administration);
    public const string FileSignals = nameof(FileSignals);
    public const string SignalQueue = nameof(SignalQueue);
    public const string RegionalOverview = nameof(RegionalOverview);
    public const string Aggregates = nameof(Aggregates);
    public const string ApiIntake = nameof(ApiIntake);
    public const string Privacy = nameof(Privacy);
    public const string TableAdministration = nameof(TableAdministration);
    public const string CoMenshaExport = nameof(CoMenshaExport);
    public const string CostSharingMenu = nameof(CostSharingMenu);
    public const string TableSeat = nameof(TableSeat);
    public const string PoliceDetails = nameof(PoliceDetails);
    public const string AdScreening = nameof(AdScreening);
    public const string AdProfile = nameof(AdProfile);
    public const string AdProfileEdit = nameof(AdProfileEdit);
    public const string BasicLevel = nameof(BasicLevel);
    public const string BasicLevelOverview = nameof(BasicLevelOverview);
    public const string TrainingCatalogue = nameof(TrainingCatalogue);
    public const string CareFiles = nameof(CareFiles);
    public const string LinkAssessment = nameof(LinkAssessment);
    public const string RoleRequestReview = nameof(RoleRequestReview);
    public const string ExactFigures = nameof(ExactFigures);
    public const string UnderminingQueue = nameof(UnderminingQueue);
    public const string RiecQueue = nameof(RiecQueue);
    public const string HistoryImport = nameof(HistoryImport);
    public const string HistoryImportRollback = nameof(HistoryImportRollback);

    /// <summary>Every role-based policy with its role set, so the registration and the tests read the same table.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> RoleSets = new Dictionary<string, IReadOnlyList<string>>
    {
        [Administration] = PolicyRoles.Administration,
        [FileSignals] = PolicyRoles.FileSignals,
        [SignalQueue] = PolicyRoles.SignalQueue,
        [RegionalOverview] = PolicyRoles.RegionalOverview,
        [Aggregates] = PolicyRoles.Aggregates,
        [Privacy] = PolicyRoles.Privacy,
        [TableAdministration] = PolicyRoles.TableAdministration,
        [CoMenshaExport] = PolicyRoles.CoMenshaExport,
        [CostSharingMenu] = PolicyRoles.CostSharingMenu,
        [TableSeat] = PolicyRoles.TableSeat,
        [PoliceDetails] = PolicyRoles.PoliceDetails,
        [AdScreening] = PolicyRoles.AdScreening,
        [AdProfile] = PolicyRoles.AdProfile,
        [AdProfileEdit] = PolicyRoles.AdProfileEdit,
        [BasicLevel] = PolicyRoles.BasicLevel,
        [BasicLevelOverview] = PolicyRoles.BasicLevelOverview,
        [TrainingCatalogue] = PolicyRoles.TrainingCatalogue,
        [CareFiles] = PolicyRoles.CareFiles,
        [LinkAssessment] = PolicyRoles.LinkAssessment,
        [RoleRequestReview] = PolicyRoles.RoleRequestReview,
        [UnderminingQueue] = PolicyRoles.UnderminingQueue,
        [RiecQueue] = PolicyRoles.RiecQueue,
        [HistoryImport] = PolicyRoles.HistoryImport,
        [HistoryImportRollback] = PolicyRoles.HistoryImportRollback,
    };

    public static void Register(AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        foreach (var (name, roles) in RoleSets)
        {
            options.AddPolicy(name, p => p.RequireRole(roles));
        }
        // The exact figures depend on how the caller signed in, not only on the role: a partner key never gets them.
        options.AddPolicy(ExactFigures, p => p.RequireAssertion(c => AccessPolicy.SeesExactFigures(c.User)));
        options.AddPolicy(ApiIntake, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.SchemeName).RequireAuthenticatedUser().RequireClaim(ApiKeyAuthentication.OrganisationClaim));
    }
}
