using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.BasicLevel;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.BuildingBlocks;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(SchakelDb db) : PageModel
{
    public List<BuildingBlock> Blocks { get; private set; } = [];

    public async Task OnGetAsync() =>
        Blocks = await db.Set<BuildingBlock>().AsNoTracking().OrderBy(b => b.IsOptional).ThenBy(b => b.SortOrder).ThenBy(b => b.Title).ToListAsync();
}
