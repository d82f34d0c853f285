using Microsoft.EntityFrameworkCore;
using Schakel.Core.Common;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.Notifications;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Signals;

/// <summary>
/// Who hears of a step on the meldroute, once it is committed (docs/feedback.md). The melder and the colleague who
/// entered a signal hear that it was received, picked up, is with the regional table, and is finished; the
/// municipality hears what the table did with its signal. Nobody hears content: the texts are in <see cref="FeedbackMessages"/>.
/// </summary>
public sealed class SignalFeedback(SchakelDb db, Notifier notifier, IEmailSender email) :
    IDomainEventHandler<SignalTakenUp>, IDomainEventHandler<SignalClosed>, IDomainEventHandler<SignalRegisteredForTable>,
    IDomainEventHandler<SignalForwarded>, IDomainEventHandler<SignalMarkedAcute>, IDomainEventHandler<CaseClosed>,
    IDomainEventHandler<SignalSentToTriage>
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
        .AddScoped<IDomainEventHandler<CaseClosed>>(sp => sp.GetRequiredService<SignalFeedback>())
        .AddScoped<IDomainEventHandler<SignalSentToTriage>>(sp => sp.GetRequiredService<SignalFeedback>());

    /// <summary>Right after intake: the melder who left an e-mail address gets the reference to refer to.</summary>
    public async Task ReceivedAsync(Signal signal, CancellationToken ct)
    {
        if (signal.CreatedByUserId is { } creator)
        {
            await notifier.NotifyUsersAsync([creator], NotificationKind.SignalPickedUp, FeedbackMessages.ReceivedTitle(signal.Reference), Mine, ct);
        }
        await MailMelderAsync(signal, FeedbackMessages.ReceivedMail(signal.Reference), ct);
    }

    public Task HandleAsync(SignalTakenUp e, CancellationToken ct) =>
        e.From == SignalStatus.New ? TellMelderAsync(e.Signal, FeedbackMessages.PickedUpTitle, FeedbackMessages.PickedUpMail, ct) : Task.CompletedTask;

    public async Task HandleAsync(SignalClosed e, CancellationToken ct)
    {
        var signal = e.Signal;
        await TellMelderAsync(signal, FeedbackMessages.ClosedTitle, FeedbackMessages.ClosedMail, ct);
        if (e.How == SignalAction.TableClose)
        {
            await notifier.NotifyUsersAsync(await Recipients.QueueOwnersAsync(db, signal.MunicipalityId, ct), NotificationKind.TableDecision,
                FeedbackMessages.TableClosedTitle(signal.Reference), Url(signal), ct);
        }
    }

    /// <summary>A closed case finishes every signal in it, for the melder as for the municipality.</summary>
    public async Task HandleAsync(CaseClosed e, CancellationToken ct)
    {
        var signals = await db.Signals.Where(s => s.CaseId == e.Case.Id).ToListAsync(ct);
        foreach (var signal in signals)
        {
            await TellMelderAsync(signal, FeedbackMessages.ClosedTitle, FeedbackMessages.ClosedMail, ct);
            await notifier.NotifyUsersAsync(await Recipients.QueueOwnersAsync(db, signal.MunicipalityId, ct), NotificationKind.TableDecision,
                FeedbackMessages.CaseClosedTitle(signal.Reference), Url(signal), ct);
        }
    }

    /// <summary>Registered via the chain director: the melder and the colleague hear it was picked up; triage tells the chain director.</summary>
    public Task HandleAsync(SignalSentToTriage e, CancellationToken ct) =>
        e.From == SignalStatus.New ? TellMelderAsync(e.Signal, FeedbackMessages.PickedUpTitle, FeedbackMessages.PickedUpMail, ct) : Task.CompletedTask;

    public async Task HandleAsync(SignalRegisteredForTable e, CancellationToken ct)
    {
        // The colleague hears where it went; the melder outside only that it was picked up (the table is not theirs to know).
        if (e.Signal.CreatedByUserId is { } creator)
        {
            await notifier.NotifyUsersAsync([creator], NotificationKind.SignalPickedUp, FeedbackMessages.AtTableTitle(e.Signal.Reference), Mine, ct);
        }
        if (e.From == SignalStatus.New)
        {
            await MailMelderAsync(e.Signal, FeedbackMessages.PickedUpMail(e.Signal.Reference), ct);
        }
        // Those who sit at the region's table prepare it; a role alone says nothing about which table.
        await notifier.NotifyUsersAsync(await Recipients.TableMembersAsync(db, e.Signal.MunicipalityId, RegisteredFallbackRoles, ct), NotificationKind.RegisteredForTable,
            $"Melding {e.Signal.Reference} is aangemeld voor de regionale tafel", Url(e.Signal), ct);
    }

    public async Task HandleAsync(SignalForwarded e, CancellationToken ct) =>
        await notifier.NotifyUsersAsync(await Recipients.QueueOwnersAsync(db, e.Signal.MunicipalityId, ct), NotificationKind.SignalForwarded,
            $"Melding {e.Signal.Reference} is naar uw gemeente doorgestuurd", Url(e.Signal), ct);

    public async Task HandleAsync(SignalMarkedAcute e, CancellationToken ct)
    {
        var targets = (await Recipients.QueueOwnersAsync(db, e.Signal.MunicipalityId, ct))
            .Concat(await Recipients.TableMembersAsync(db, e.Signal.MunicipalityId, SignalIntake.TableRoles, ct));
        await notifier.NotifyUsersAsync(targets, NotificationKind.AcuteSignal, $"ACUUT: melding {e.Signal.Reference} vraagt directe aandacht en staat op de agenda van de volgende tafel", Url(e.Signal), ct);
    }

    private async Task TellMelderAsync(Signal signal, Func<string, string> title, Func<string, (string, string)> mail, CancellationToken ct)
    {
        if (signal.CreatedByUserId is { } creator)
        {
            await notifier.NotifyUsersAsync([creator], NotificationKind.SignalPickedUp, title(signal.Reference), Mine, ct);
        }
        await MailMelderAsync(signal, mail(signal.Reference), ct);
    }

    private async Task MailMelderAsync(Signal signal, (string Subject, string Body) mail, CancellationToken ct)
    {
        if (signal.MelderContact?.Contains('@', StringComparison.Ordinal) == true)
        {
            await email.SendAsync(signal.MelderContact.Trim(), mail.Subject, mail.Body, ct);
        }
    }

    private const string Mine = "/mijn-meldingen";

    private static string Url(Signal signal) => $"/meldingen/{signal.Reference}";
}
