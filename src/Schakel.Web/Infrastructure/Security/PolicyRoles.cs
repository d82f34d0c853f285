using Schakel.Core.Accounts;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>
/// The role set of each policy, written once. <see cref="Policies"/> registers them and <see cref="AccessPolicy"/> builds
/// its record rules on them, so a role added here opens the page, the menu item and the record check together.
/// </summary>
public static class PolicyRoles
{
    public static readonly string[] Administration = [Roles.Administrator];

    public static readonly string[] FileSignals =
        [Roles.Reporter, Roles.AttentionOfficer, Roles.ChainDirector, Roles.ProcessDirector, Roles.CareCoordinator, Roles.Police, Roles.Riec, Roles.UnderminingAdvisor];

    public static readonly string[] SignalQueue = [Roles.AttentionOfficer, Roles.ChainDirector];

    public static readonly string[] RegionalOverview = [Roles.ChainDirector];

    public static readonly string[] Aggregates = [Roles.PolicyMaker, Roles.ChainDirector, Roles.AttentionOfficer, Roles.ProcessDirector, Roles.Administrator];

    public static readonly string[] Privacy = [Roles.PrivacyOfficer];

    /// <summary>Setting up a table (who sits at it, who chairs it) is chain direction or application management, not a seat.</summary>
    public static readonly string[] TableAdministration = [Roles.ChainDirector, Roles.Administrator];

    /// <summary>
    /// The CoMensha report is the care coordinator's task; the chain director reports for the region when there is no
    /// care coordinator. Both see only consented records without direct identifiers, so no case-level check applies.
    /// </summary>
    public static readonly string[] CoMenshaExport = [Roles.CareCoordinator, Roles.ChainDirector];

    /// <summary>The cost sharing is offered in the menu to those who negotiate it; the page itself is open to <see cref="Aggregates"/>.</summary>
    public static readonly string[] CostSharingMenu = [Roles.PolicyMaker, Roles.ChainDirector];

    /// <summary>
    /// Roles whose holders take part when their whole organisation has a seat (a melder never does); the menu offers the
    /// table to them, the table pages check real membership.
    /// </summary>
    public static readonly string[] TableSeat =
        [Roles.ChainDirector, Roles.ProcessDirector, Roles.CareCoordinator, Roles.Police, Roles.Riec, Roles.UnderminingAdvisor, Roles.AttentionOfficer];

    /// <summary>Table partners who read a signal while it is at a table of their region or part of their case.</summary>
    public static readonly string[] TablePartners = [Roles.ProcessDirector, Roles.CareCoordinator, Roles.Police, Roles.Riec];

    /// <summary>
    /// Those who work on a table's items, the partners and the chain director: told of an acute signal while the region
    /// has no table set up yet.
    /// </summary>
    public static readonly string[] TableWork = [Roles.ChainDirector, .. TablePartners];

    /// <summary>Those who prepare a table: told of a registration while the region has no table set up yet.</summary>
    public static readonly string[] TablePreparation = [Roles.ChainDirector, Roles.ProcessDirector];

    /// <summary>Police investigation details and the criminal outcome are for police eyes only (SPEC rules).</summary>
    public static readonly string[] PoliceDetails = [Roles.Police];

    /// <summary>
    /// Who screens ads: the RIEC, the undermining adviser (OOV) and the chain director. Ads are collected region-wide,
    /// before anyone knows which municipality they concern, so the municipality-bound attention officer does not screen
    /// them; the AF receives the signal an analyst makes from an ad in the ordinary queue.
    /// </summary>
    public static readonly string[] AdScreening = [Roles.Riec, Roles.UnderminingAdvisor, Roles.ChainDirector];

    /// <summary>The risk profile is read by the analysts and the administrator; only the administrator changes it.</summary>
    public static readonly string[] AdProfile = [.. AdScreening, Roles.Administrator];

    public static readonly string[] AdProfileEdit = [Roles.Administrator];

    /// <summary>Roles that see the regional state of affairs of the basic level.</summary>
    public static readonly string[] BasicLevelOverview = [Roles.PolicyMaker, Roles.ChainDirector, Roles.ProcessDirector, Roles.Administrator];

    /// <summary>The municipalities' own staff who record their basic level.</summary>
    public static readonly string[] BasicLevelEditors = [Roles.AttentionOfficer, Roles.UnderminingAdvisor];

    /// <summary>Everyone who works with the basic level at all: the overview roles plus the municipalities' own staff.</summary>
    public static readonly string[] BasicLevel = [.. BasicLevelOverview, .. BasicLevelEditors];

    public static readonly string[] TrainingCatalogue = [Roles.ChainDirector, Roles.Administrator];

    public static readonly string[] CareFiles = [Roles.CareCoordinator];

    /// <summary>Only the ketenregisseur assesses links across municipalities: confirming or rejecting, and the linking pages.</summary>
    public static readonly string[] LinkAssessment = [Roles.ChainDirector];

    public static readonly string[] RoleRequestReview = [.. RoleSeparation.Approvers];

    /// <summary>The municipality's OOV adviser: the signals put to the adviser's municipality for the undermining route.</summary>
    public static readonly string[] UnderminingQueue = [Roles.UnderminingAdvisor];

    /// <summary>The RIEC: the undermining referrals escalated to the RIEC of its region.</summary>
    public static readonly string[] RiecQueue = [Roles.Riec];

    /// <summary>Importing a region's history from spreadsheets: its administrator and its chain director.</summary>
    public static readonly string[] HistoryImport = [Roles.Administrator, Roles.ChainDirector];

    /// <summary>Rolling an import back deletes signals of the whole region at once: the administrator's, as the issue put it.</summary>
    public static readonly string[] HistoryImportRollback = [Roles.Administrator];
}
