using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Infrastructure.Security;

/// <summary>At a table itself: Attend for its members, Manage for its chair and secretary.</summary>
public sealed class TableAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, RegionalTable>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, RegionalTable resource)
    {
        if (Grants(context, requirement, resource))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }

    internal static bool Grants(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, RegionalTable table) =>
        requirement == TableOperations.Manage ? AccessPolicy.CanManageTable(context.User, table)
            : requirement == TableOperations.Attend && AccessPolicy.IsTableMember(context.User, table);
}

/// <summary>
/// A meeting (its table loaded): members attend and read it; an attention officer reads it only when an item of the own
/// municipality is on its agenda, which only the database can tell.
/// </summary>
public sealed class MeetingAuthorizationHandler(SchakelDb db) : AuthorizationHandler<OperationAuthorizationRequirement, TableMeeting>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, TableMeeting resource)
    {
        var table = resource.Table ?? throw new InvalidOperationException("Een vergadering wordt met haar tafel beoordeeld.");
        if (requirement == TableOperations.Read ? await ReadsAsync(context, resource, table) : TableAuthorizationHandler.Grants(context, requirement, table))
        {
            context.Succeed(requirement);
        }
    }

    private async Task<bool> ReadsAsync(AuthorizationHandlerContext context, TableMeeting meeting, RegionalTable table)
    {
        if (AccessPolicy.IsTableMember(context.User, table))
        {
            return true;
        }
        if (AccessPolicy.OwnMunicipalityAtTable(context.User) is not { } own)
        {
            return false;
        }
        if (AccessPolicy.IsInvitedGuest(context.User, await db.Set<MeetingGuest>().Where(g => g.MeetingId == meeting.Id).Select(g => g.OrganisationId).ToListAsync()))
        {
            return true;
        }
        return await db.Set<AgendaItem>().AnyAsync(i => i.MeetingId == meeting.Id
            && ((i.Signal != null && i.Signal.MunicipalityId == own) || (i.Case != null && i.Case.MunicipalityId == own)));
    }
}

/// <summary>Administer: the application manager everywhere, a chain director in the own region.</summary>
public sealed class TableAdministrationHandler : AuthorizationHandler<OperationAuthorizationRequirement, TablesOfRegion>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, TablesOfRegion resource)
    {
        if (requirement == TableOperations.Administer && AccessPolicy.AdministersTablesOf(context.User, resource.RegionId, resource.Scope))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
