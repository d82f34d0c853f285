using Microsoft.EntityFrameworkCore;
using Schakel.Core.Common;
using Schakel.Core.Signals;
using Schakel.Core.Undermining;
using Schakel.Web.Features.Table;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Demo;

/// <summary>
/// The massage salon signal of Zwolle, also put to Zwolle's OOV adviser and discussed at the casustafel ondermijning,
/// so the demo shows the undermining route beside the table's care route and the adviser's next step (the RIEC).
/// </summary>
public static class DemoUndermining
{
    public static async Task SeedAsync(SchakelDb db, TimeProvider clock, CancellationToken ct)
    {
        var signal = await db.Signals.FirstOrDefaultAsync(s => s.SectorCode == "MASSAGE" && s.Municipality!.Name == "Zwolle", ct);
        if (signal is null)
        {
            return;
        }
        var now = clock.GetUtcNow();
        var referral = UnderminingReferral.PutToAdvisor(signal, [], new Actor(null, "Demogegevens"), "Massagesalon met vrouwen die niet zelfstandig naar buiten gaan: is het pand of de exploitant bekend in het ondermijningsbeeld?", now.AddDays(-9));
        referral.RecordCaseTable(signal, new Actor(null, "Demogegevens"), DutchTime.Today(clock).AddDays(-7), "Exploitant ook eigenaar van twee andere salons; Bibob-toets bij de vergunning loopt.", DutchTime.Today(clock), now.AddDays(-7));
        referral.ClearDomainEvents();
        db.Add(referral);
        await db.SaveChangesAsync(ct);
    }
}
