using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Common;
using Schakel.Core.Undermining;
using Schakel.Web.Features.Notifications.Contracts;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Undermining;

/// <summary>
/// Who hears of a step on the undermining route, once it is committed: the OOV adviser of a referral to the
/// municipality, the RIEC of an escalation, the adviser of what the RIEC did, and the AF who put the signal of how the
/// referral ended. Titles name the signal's reference only, never the reason or the outcome.
/// </summary>
public sealed class UnderminingNotifications(SchakelDb db, Notifier notifier) :
    IDomainEventHandler<UnderminingReferralMade>, IDomainEventHandler<ReferralEscalatedToRiec>,
    IDomainEventHandler<ReferralTakenUpByRiec>, IDomainEventHandler<UnderminingReferralClosed>
{
    public static IServiceCollection Register(IServiceCollection services) => services
        .AddScoped<UnderminingNotifications>()
        .AddScoped<IDomainEventHandler<UnderminingReferralMade>>(sp => sp.GetRequiredService<UnderminingNotifications>())
        .AddScoped<IDomainEventHandler<ReferralEscalatedToRiec>>(sp => sp.GetRequiredService<UnderminingNotifications>())
        .AddScoped<IDomainEventHandler<ReferralTakenUpByRiec>>(sp => sp.GetRequiredService<UnderminingNotifications>())
        .AddScoped<IDomainEventHandler<UnderminingReferralClosed>>(sp => sp.GetRequiredService<UnderminingNotifications>());

    public async Task HandleAsync(UnderminingReferralMade e, CancellationToken ct) =>
        await notifier.NotifyUsersAsync(await AdvisersAsync(db, e.Referral.MunicipalityId, ct), NotificationKind.UnderminingReferral,
            $"Melding {e.Referral.SignalReference} is aan u voorgelegd als OOV-adviseur", Url(e), ct);

    public async Task HandleAsync(ReferralEscalatedToRiec e, CancellationToken ct) =>
        await notifier.NotifyUsersAsync(await RiecUsersAsync(e.Referral.RiecRegionId, ct), NotificationKind.UnderminingReferral,
            $"Melding {e.Referral.SignalReference} is naar het RIEC geëscaleerd", Url(e), ct);

    public async Task HandleAsync(ReferralTakenUpByRiec e, CancellationToken ct) =>
        await notifier.NotifyUsersAsync(await AdvisersAsync(db, e.Referral.MunicipalityId, ct), NotificationKind.UnderminingReferral,
            $"Het RIEC heeft de escalatie van melding {e.Referral.SignalReference} opgepakt", Url(e), ct);

    public async Task HandleAsync(UnderminingReferralClosed e, CancellationToken ct)
    {
        var referral = e.Referral;
        var title = $"De voorlegging ondermijning van melding {referral.SignalReference} is afgesloten";
        // The AF follows the signal, not the referral: the reasons and outcomes stay with the adviser and the RIEC.
        if (referral.ReferredByUserId is { } af && af != e.By.UserId)
        {
            await notifier.NotifyUsersAsync([af], NotificationKind.UnderminingReferral, title, $"/meldingen/{referral.SignalReference}", ct);
        }
        if (referral.RiecOutcomeCode is not null)
        {
            await notifier.NotifyUsersAsync(await AdvisersAsync(db, referral.MunicipalityId, ct), NotificationKind.UnderminingReferral, title, Url(e), ct);
        }
    }

    /// <summary>The active OOV advisers of a municipality: the ones a referral goes to.</summary>
    public static Task<List<string>> AdvisersAsync(SchakelDb db, int municipalityId, CancellationToken ct) =>
        Recipients.InOrganisation(db, Roles.UnderminingAdvisor, municipalityId).ToListAsync(ct);

    private Task<List<string>> RiecUsersAsync(int? regionId, CancellationToken ct) => Recipients.InRegion(db, Roles.Riec, regionId).ToListAsync(ct);

    private static string Url(UnderminingStep e) => $"/ondermijning/{e.Referral.Id}";
}
