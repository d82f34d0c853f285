using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Undermining;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Undermining;

/// <param name="Signal">The signal of the page.</param>
/// <param name="Referrals">All its referrals, oldest first.</param>
/// <param name="CanRefer">The AF (or chain director) works on the signal and may put it to the OOV adviser.</param>
/// <param name="Readable">Referrals whose own page this user may open (the OOV adviser, the RIEC).</param>
public sealed record UnderminingSectionModel(Signal Signal, IReadOnlyList<UnderminingReferral> Referrals, bool CanRefer, IReadOnlySet<int> Readable)
{
    public bool HasOpen => Referrals.Any(r => r.IsOpen);
}

/// <summary>
/// "Ondermijning" on the signal page: for the AF the state of each referral (never its reasons or outcomes) and the
/// form to put the signal to the OOV adviser; for the adviser and the RIEC the way to their referral. The signal page
/// has audited the read of the signal; the referral's details are read (and audited) on its own page.
/// </summary>
public sealed class UnderminingSectionViewComponent(SchakelDb db, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Signal signal, Access access)
    {
        var ct = HttpContext.RequestAborted;
        var referrals = await db.Set<UnderminingReferral>().AsNoTracking().Where(r => r.SignalId == signal.Id).OrderBy(r => r.ReferredAt).ToListAsync(ct);
        var canRefer = access == Access.Work;
        var readable = new HashSet<int>();
        if (!canRefer && referrals.Count > 0)
        {
            var scope = await AccessScope.LoadAsync(db, HttpContext.User, ct);
            foreach (var r in referrals)
            {
                if ((await authorization.AuthorizeAsync(HttpContext.User, new ReferralInScope(r, scope), UnderminingOperations.Read)).Succeeded)
                {
                    readable.Add(r.Id);
                }
            }
        }
        if (!canRefer && readable.Count == 0)
        {
            return Content("");
        }
        return View("~/Features/Undermining/_UnderminingSection.cshtml", new UnderminingSectionModel(signal, referrals, canRefer, readable));
    }
}
