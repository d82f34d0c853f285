using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Web.Features.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Home;

/// <summary>The user's own table actions past their due date, for the start page.</summary>
public static class OverdueActions
{
    public static async Task<List<TableAction>> ForAsync(SchakelDb db, string? userId, TimeProvider clock, CancellationToken ct)
    {
        if (userId is null)
        {
            return [];
        }
        var today = DutchTime.Today(clock);
        return await db.Set<TableAction>().Where(a => a.OwnerUserId == userId && a.Status == ActionStatus.Open && a.DueOn < today)
            .OrderBy(a => a.DueOn).Take(20).ToListAsync(ct);
    }
}
