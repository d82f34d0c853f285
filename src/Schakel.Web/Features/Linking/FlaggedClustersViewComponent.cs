using Microsoft.AspNetCore.Mvc;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Linking;

/// <summary>The networks flagged for the table, on the ketenregisseur's start page.</summary>
public sealed class FlaggedClustersViewComponent(SchakelDb db, LinkingOptions options) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (!await HttpContext.Guard().AllowsAsync(HttpContext.User, Policies.LinkAssessment))
        {
            return Content("");
        }
        var ct = HttpContext.RequestAborted;
        var flagged = (await LinkVisibility.LoadAsync(db, HttpContext.User, ct)).Filter(await LinkClusters.FlaggedAsync(db, options, ct));
        var refs = await ReferenceSnapshot.LoadAsync(db, ct);
        return View("~/Features/Linking/_FlaggedClusters.cshtml", new ClusterListModel(flagged, refs, "Netwerken van bevestigde koppelingen die voor de tafel zijn gemarkeerd"));
    }
}
