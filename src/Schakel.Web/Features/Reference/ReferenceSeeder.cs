using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Reference;

/// <summary>Adds the default code lists and indicator cards that are missing; never overwrites what a beheerder changed.</summary>
public sealed class ReferenceSeeder(SchakelDb db) : IStartupSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var items = await db.ReferenceItems.Select(i => new { i.List, i.Code }).ToListAsync(cancellationToken);
        foreach (var item in DefaultCatalog.Items.Where(d => !items.Any(i => i.List == d.List && i.Code == d.Code)))
        {
            db.ReferenceItems.Add(new ReferenceItem { List = item.List, Code = item.Code, Label = item.Label, SortOrder = item.SortOrder });
        }
        var indicators = await db.Indicators.Select(i => i.Code).ToListAsync(cancellationToken);
        foreach (var i in DefaultCatalog.Indicators.Where(d => !indicators.Contains(d.Code)))
        {
            db.Indicators.Add(new Indicator { FormCode = i.FormCode, Code = i.Code, Label = i.Label, Weight = i.Weight, Critical = i.Critical, SortOrder = i.SortOrder });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
