using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>What one may do with a signal (resource: <see cref="SignalInScope"/>).</summary>
public static class SignalOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = "Signal." + nameof(Read) };
    public static readonly OperationAuthorizationRequirement Work = new() { Name = "Signal." + nameof(Work) };
}

/// <summary>What one may do with a table case (resource: <see cref="CaseAtTable"/>).</summary>
public static class CaseOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = "Case." + nameof(Read) };
    /// <summary>Decisions, tracks and actions: the table's members.</summary>
    public static readonly OperationAuthorizationRequirement Decide = new() { Name = "Case." + nameof(Decide) };
}

/// <summary>What one may do with a care file (resource: <see cref="CareFileAtTable"/>).</summary>
public static class CareFileOperations
{
    /// <summary>Status and goals: the summary the municipality's attention officer sees.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = "CareFile." + nameof(Read) };
    /// <summary>Everything, needs and clinical notes included: the care coordinator.</summary>
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = "CareFile." + nameof(Edit) };
}

/// <summary>What one may do at a regional table (resource: the <see cref="Core.Table.RegionalTable"/>) or one of its meetings.</summary>
public static class TableOperations
{
    /// <summary>Reading a meeting: members, and an attention officer with an item of the own municipality on it.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = "Table." + nameof(Read) };
    /// <summary>Taking part: the pre-round, decisions and personal details are for members only.</summary>
    public static readonly OperationAuthorizationRequirement Attend = new() { Name = "Table." + nameof(Attend) };
    /// <summary>Preparing the meeting: the chair and the secretary.</summary>
    public static readonly OperationAuthorizationRequirement Manage = new() { Name = "Table." + nameof(Manage) };
    /// <summary>Setting up tables and seats of a region (resource: <see cref="TablesOfRegion"/>).</summary>
    public static readonly OperationAuthorizationRequirement Administer = new() { Name = "Table." + nameof(Administer) };
}

/// <summary>What one may do with a municipality's basic level (resources: <see cref="MunicipalityBasicLevel"/>, <see cref="ActionPointOwner"/>).</summary>
public static class BasicLevelOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = "BasicLevel." + nameof(Read) };
    public static readonly OperationAuthorizationRequirement Edit = new() { Name = "BasicLevel." + nameof(Edit) };
}

/// <summary>What one may do with a spoed-MDO (resource: <see cref="ConsultationInScope"/>).</summary>
public static class ConsultationOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = "Consultation." + nameof(Read) };
    /// <summary>Giving or changing one's advice: the invitees.</summary>
    public static readonly OperationAuthorizationRequirement Answer = new() { Name = "Consultation." + nameof(Answer) };
    /// <summary>Recording the outcome: who works on the signal (who may start one).</summary>
    public static readonly OperationAuthorizationRequirement Close = new() { Name = "Consultation." + nameof(Close) };
}

/// <summary>What one may do with an undermining referral (resource: <see cref="ReferralInScope"/>).</summary>
public static class UnderminingOperations
{
    /// <summary>The referral page: the OOV adviser of its municipality, and the RIEC once it is escalated there.</summary>
    public static readonly OperationAuthorizationRequirement Read = new() { Name = "Undermining." + nameof(Read) };
    /// <summary>Casustafel, escalation and closing: the OOV adviser of the referral's municipality.</summary>
    public static readonly OperationAuthorizationRequirement Advise = new() { Name = "Undermining." + nameof(Advise) };
    /// <summary>Taking up and the outcome: the RIEC of the region it was escalated to.</summary>
    public static readonly OperationAuthorizationRequirement RiecStep = new() { Name = "Undermining." + nameof(RiecStep) };
}
