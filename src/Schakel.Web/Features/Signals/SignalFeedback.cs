using Schakel.Core.Common;
using Schakel.Core.Signals;
using Schakel.Web.Features.Notifications;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Signals;

/// <summary>
/// Who hears of a municipal step on the meldroute, once it is committed. Feedback to the melder holds no content: only
/// that the signal was picked up, never by whom or what follows. The table's own decisions are announced by the table.
/// </summary>
public sealed class SignalFeedback(SchakelDb db, Notifier notifier, IEmailSender email) :
    IDomainEventHandler<SignalTakenUp>, IDomainEventHandler<SignalClosed>, IDomainEventHandler<SignalRegisteredForTable>,
    IDomainEventHandler<SignalForwarded>, IDomainEventHandler<SignalMarkedAcute>, IDomainEventHandler<SignalSentToTriage>
{
    /// <summary>Who hears of a registration while the region has no table set up yet.</summary>
    private static readonly string[] RegisteredFallbackRoles = Infrastructure.Security.PolicyRoles.TablePreparation;

    public static IServiceCollection Register(IServiceCollection services) => services
        .AddScoped<SignalFeedback>()
        .AddScoped<IDomainEventHandler<SignalTakenUp>>(sp => sp.GetRequiredService<SignalFeedback>())
        .AddScoped<IDomainEventHandler<SignalClosed>>(sp => sp.GetRequiredService<SignalFeedback>())
        .AddScoped<IDomainEventHandler<SignalRegisteredForTable>>(sp => sp.GetRequiredService<SignalFeedback>())
        .AddScoped<IDomainEventHandler<SignalForwarded>>(sp => sp.GetRequiredService<SignalFeedback>())
        .AddScoped<IDomainEventHandler<SignalMarkedAcute>>(sp => sp.GetRequiredService<SignalFeedback>())
        .AddScoped<IDomainEventHandler<SignalSentToTriage>>(sp => sp.GetRequiredService<SignalFeedback>());

    public Task HandleAsync(SignalTakenUp e, CancellationToken ct) => PickedUpAsync(e, ct);

    /// <summary>Registered via the chain director: the melder hears it was picked up; the chain director is told by triage.</summary>
    public Task HandleAsync(SignalSentToTriage e, CancellationToken ct) => PickedUpAsync(e, ct);

    public Task HandleAsync(SignalClosed e, CancellationToken ct) =>
        e.How is SignalAction.HandleLocally or SignalAction.Answer ? PickedUpAsync(e, ct) : Task.CompletedTask;

    public async Task HandleAsync(SignalRegisteredForTable e, CancellationToken ct)
    {
        await PickedUpAsync(e, ct);
        // Those who sit at the region's table prepare it; a role alone says nothing about which table.
        await notifier.NotifyUsersAsync(await Recipients.TableMembersAsync(db, e.Signal.MunicipalityId, RegisteredFallbackRoles, ct), NotificationKind.RegisteredForTable,
            $"Melding {e.Signal.Reference} is aangemeld voor de regionale tafel", Url(e), ct);
    }

    public async Task HandleAsync(SignalForwarded e, CancellationToken ct) =>
        await notifier.NotifyUsersAsync(await Recipients.QueueOwnersAsync(db, e.Signal.MunicipalityId, ct), NotificationKind.SignalForwarded,
            $"Melding {e.Signal.Reference} is naar uw gemeente doorgestuurd", Url(e), ct);

    public async Task HandleAsync(SignalMarkedAcute e, CancellationToken ct)
    {
        var targets = (await Recipients.QueueOwnersAsync(db, e.Signal.MunicipalityId, ct))
            .Concat(await Recipients.TableMembersAsync(db, e.Signal.MunicipalityId, SignalIntake.TableRoles, ct));
        await notifier.NotifyUsersAsync(targets, NotificationKind.AcuteSignal, $"ACUUT: melding {e.Signal.Reference} vraagt directe aandacht en staat op de agenda van de volgende tafel", Url(e), ct);
    }

    /// <summary>The first step out of the queue tells the colleague who entered it, and a melder who left an e-mail address.</summary>
    private async Task PickedUpAsync(SignalStep e, CancellationToken ct)
    {
        if (e.From != SignalStatus.New)
        {
            return;
        }
        var signal = e.Signal;
        if (signal.CreatedByUserId is { } creator)
        {
            await notifier.NotifyUsersAsync([creator], NotificationKind.SignalPickedUp, $"Uw melding {signal.Reference} is opgepakt", "/mijn-meldingen", ct);
        }
        if (signal.MelderContact?.Contains('@', StringComparison.Ordinal) == true)
        {
            await email.SendAsync(signal.MelderContact, $"Uw melding {signal.Reference} is opgepakt",
                $"Dank voor uw melding. Melding {signal.Reference} is opgepakt door de gemeente. Om de privacy van betrokkenen te beschermen kunnen we u niet meer vertellen.", ct);
        }
    }

    private static string Url(SignalStep e) => $"/meldingen/{e.Signal.Reference}";
}
