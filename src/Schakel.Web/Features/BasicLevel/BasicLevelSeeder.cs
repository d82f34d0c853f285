using Microsoft.EntityFrameworkCore;
using Schakel.Core.BasicLevel;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.BasicLevel;

/// <summary>Adds missing default building blocks and, on a first start, the example trainings; never overwrites the beheerder's edits.</summary>
public sealed class BasicLevelSeeder(SchakelDb db) : IStartupSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var codes = await db.Set<BuildingBlock>().Select(b => b.Code).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var (code, title, optional) in DefaultBuildingBlocks.All)
        {
            order += 10;
            if (!codes.Contains(code))
            {
                db.Add(new BuildingBlock { Code = code, Title = title, IsOptional = optional, SortOrder = order });
            }
        }
        // Only on an empty catalogue: a training the region removed must not come back at the next start.
        if (!await db.Set<Training>().AnyAsync(cancellationToken))
        {
            foreach (var t in DefaultTrainings.All)
            {
                db.Add(new Training { Name = t.Name, FormCode = t.FormCode, TargetGroup = t.TargetGroup, Scale = t.Scale, Provider = t.Provider, Link = t.Link, IsExample = true });
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
