using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.BasicLevel;
using Schakel.Web.Features.BasicLevel;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Trainings;

/// <summary>The trainings catalogue and what was held: sessions and people reached per organisation and target group.</summary>
[Authorize(Policy = Policies.BasicLevel)]
public sealed class IndexModel(SchakelDb db) : PageModel
{
    public List<Training> Catalogue { get; private set; } = [];
    public List<SessionCount> Counts { get; private set; } = [];
    public ReferenceSnapshot Refs { get; private set; } = null!;
    public bool ManagesCatalogue { get; private set; }
    public int? OwnMunicipality { get; private set; }

    public async Task OnGetAsync()
    {
        var ct = HttpContext.RequestAborted;
        var guard = HttpContext.Guard();
        ManagesCatalogue = await guard.AllowsAsync(User, Policies.TrainingCatalogue);
        Catalogue = await db.Set<Training>().AsNoTracking().Where(t => t.Active || ManagesCatalogue)
            .OrderBy(t => !t.Active).ThenBy(t => t.Scale).ThenBy(t => t.Name).ToListAsync(ct);
        Refs = await ReferenceSnapshot.LoadAsync(db, ct);
        // Municipal staff see their own figures; the region sees everyone's.
        var own = User.OrganisationId();
        OwnMunicipality = own is { } o && await guard.AllowsAsync(User, new MunicipalityBasicLevel(o), BasicLevelOperations.Edit) ? o : null;
        Counts = await StateOfAffairs.SessionCountsAsync(db, await guard.AllowsAsync(User, Policies.BasicLevelOverview) ? null : own ?? -1, ct);
    }
}
