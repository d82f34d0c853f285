using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Common;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.Notifications.Contracts;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Signals.Triage;

/// <summary>
/// Who hears of triage and the reverse route, once committed: the region's chain directors when a signal waits for
/// triage, the municipality's attention officers when it comes back to them. Titles name the reference, never content.
/// </summary>
public sealed class TriageNotifications(SchakelDb db, Notifier notifier) :
    IDomainEventHandler<SignalSentToTriage>, IDomainEventHandler<SignalSentBack>, IDomainEventHandler<SignalDecidedByTable>
{
    public static IServiceCollection Register(IServiceCollection services) => services
        .AddScoped<TriageNotifications>()
        .AddScoped<IDomainEventHandler<SignalSentToTriage>>(sp => sp.GetRequiredService<TriageNotifications>())
        .AddScoped<IDomainEventHandler<SignalSentBack>>(sp => sp.GetRequiredService<TriageNotifications>())
        .AddScoped<IDomainEventHandler<SignalDecidedByTable>>(sp => sp.GetRequiredService<TriageNotifications>());

    public async Task HandleAsync(SignalSentToTriage e, CancellationToken ct) =>
        await notifier.NotifyUsersAsync(await ChainDirectorsOfAsync(e.Signal.MunicipalityId, ct), NotificationKind.Triage,
            $"Melding {e.Signal.Reference} wacht op uw triage", Url(e.Signal), ct);

    public async Task HandleAsync(SignalSentBack e, CancellationToken ct) =>
        await notifier.NotifyUsersAsync(await Recipients.QueueOwnersAsync(db, e.Signal.MunicipalityId, ct), NotificationKind.SentBack,
            $"Melding {e.Signal.Reference} is teruggestuurd door de ketenregisseur, met een vraag", Url(e.Signal), ct);

    public async Task HandleAsync(SignalDecidedByTable e, CancellationToken ct)
    {
        if (e.Outcome != TableOutcome.LocalFollowUp)
        {
            return;
        }
        await notifier.NotifyUsersAsync(await Recipients.QueueOwnersAsync(db, e.Signal.MunicipalityId, ct), NotificationKind.LocalFollowUp,
            $"Melding {e.Signal.Reference} is door de regionale tafel teruggelegd voor lokale opvolging", Url(e.Signal), ct);
    }

    /// <summary>The active chain directors of the municipality's region: only they may triage its signals.</summary>
    private async Task<List<string>> ChainDirectorsOfAsync(int? municipalityId, CancellationToken ct)
    {
        var regionId = await db.Organisations.Where(o => o.Id == municipalityId).Select(o => (int?)o.RegionId).FirstOrDefaultAsync(ct);
        return await Recipients.InRegion(db, Roles.ChainDirector, regionId).ToListAsync(ct);
    }

    private static string Url(Signal s) => $"/meldingen/{s.Reference}";
}
