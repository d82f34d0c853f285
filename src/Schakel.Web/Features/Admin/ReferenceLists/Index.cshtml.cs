using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Admin.ReferenceLists;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(SchakelDb db) : PageModel
{
    public IReadOnlyDictionary<ReferenceList, int> Counts { get; private set; } = new Dictionary<ReferenceList, int>();
    public IReadOnlyList<(string FormCode, int Count)> Cards { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Counts = await db.ReferenceItems.GroupBy(i => i.List).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        Cards = (await db.Indicators.GroupBy(i => i.FormCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync())
            .Select(x => (x.Key, x.Count)).OrderBy(x => x.Key != ExploitationForms.General).ThenBy(x => x.Key).ToList();
    }
}
