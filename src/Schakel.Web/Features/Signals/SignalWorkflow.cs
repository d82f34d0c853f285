using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Organisations;
using Schakel.Core.Signals;
using Schakel.Web.Features.Notifications;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Signals;

/// <summary>A decision of the attention officer on a signal, as posted from the detail page.</summary>
public sealed record SignalDecision(SignalAction Action, string? Reason, string? Outcome, int? ForwardToMunicipalityId, AcuteActor? AcuteBy, string? AcuteIntervention);

public sealed record WorkflowResult(bool Succeeded, IReadOnlyDictionary<string, string> Errors, bool Conflict = false)
{
    public static readonly WorkflowResult Ok = new(true, new Dictionary<string, string>());
    public static WorkflowResult Fail(string field, string message) => new(false, new Dictionary<string, string> { [field] = message });
}

/// <summary>Step 3 of the meldroute: the municipal decision, applied only when the state machine allows it.</summary>
public sealed class SignalWorkflow(SchakelDb db, Notifier notifier, IEmailSender email, TimeProvider clock)
{
    public const string ConflictMessage = "Een collega heeft deze melding intussen gewijzigd. Bekijk de nieuwe stand; uw invoer staat nog in het formulier.";

    public async Task<WorkflowResult> ApplyAsync(Signal signal, int expectedVersion, SignalDecision decision, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (signal.Version != expectedVersion)
        {
            return new WorkflowResult(false, new Dictionary<string, string> { [""] = ConflictMessage }, Conflict: true);
        }
        var next = SignalStateMachine.IsTableAction(decision.Action) ? null : SignalStateMachine.Next(signal.Kind, signal.Status, decision.Action);
        if (next is null)
        {
            return WorkflowResult.Fail(nameof(decision.Action), $"'{SignalLabels.Dutch(decision.Action)}' kan niet bij een {SignalLabels.Dutch(signal.Kind).ToLowerInvariant()} met status '{SignalLabels.Dutch(signal.Status)}'.");
        }
        var reason = decision.Reason?.Trim();
        var needsReason = decision.Action is SignalAction.HandleLocally or SignalAction.RegisterForTable or SignalAction.Forward or SignalAction.Answer;
        if (needsReason && string.IsNullOrWhiteSpace(reason))
        {
            return WorkflowResult.Fail(nameof(decision.Reason), decision.Action == SignalAction.Answer ? "Schrijf het antwoord op de adviesvraag." : "Geef de reden van dit besluit.");
        }
        if (reason?.Length > 2000)
        {
            return WorkflowResult.Fail(nameof(decision.Reason), "De toelichting is te lang (maximaal 2000 tekens).");
        }
        if (decision.Action == SignalAction.HandleLocally && string.IsNullOrWhiteSpace(decision.Outcome))
        {
            return WorkflowResult.Fail(nameof(decision.Outcome), "Geef de uitkomst van de lokale afhandeling (bijvoorbeeld: doorverwezen naar wijkteam).");
        }
        int? forwardTo = null;
        if (decision.Action == SignalAction.Forward)
        {
            var target = decision.ForwardToMunicipalityId is { } id
                ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id && o.Kind == OrganisationKind.Municipality, cancellationToken)
                : null;
            if (target is null)
            {
                return WorkflowResult.Fail(nameof(decision.ForwardToMunicipalityId), "Kies de gemeente waar de melding naartoe moet.");
            }
            if (target.Id == signal.MunicipalityId)
            {
                return WorkflowResult.Fail(nameof(decision.ForwardToMunicipalityId), "De melding ligt al bij deze gemeente. Kies een andere gemeente.");
            }
            forwardTo = target.Id;
        }
        if (decision.Action == SignalAction.MarkAcute)
        {
            if (signal.IsAcute)
            {
                return WorkflowResult.Fail(nameof(decision.Action), "Deze melding is al acuut gemarkeerd.");
            }
            if (decision.AcuteBy is null || string.IsNullOrWhiteSpace(decision.AcuteIntervention))
            {
                return WorkflowResult.Fail(nameof(decision.AcuteIntervention), "Geef aan wie direct ingrijpt en welke interventie is genomen.");
            }
        }

        var now = clock.GetUtcNow();
        var from = signal.Status;
        signal.Status = next.Value;
        var description = SignalLabels.Dutch(decision.Action);
        switch (decision.Action)
        {
            case SignalAction.HandleLocally:
                signal.Outcome = decision.Outcome!.Trim();
                signal.DecisionReason = reason;
                signal.ClosedAt = now;
                break;
            case SignalAction.Answer:
                signal.Outcome = reason;
                signal.ClosedAt = now;
                break;
            case SignalAction.RegisterForTable:
                signal.DecisionReason = reason;
                signal.RegisteredForTableAt = now;
                break;
            case SignalAction.Forward:
                var fromName = await MunicipalityNameAsync(signal.MunicipalityId, cancellationToken);
                var toName = await MunicipalityNameAsync(forwardTo, cancellationToken);
                description = $"Doorgestuurd van {fromName} naar {toName}";
                signal.MunicipalityId = forwardTo;
                break;
            case SignalAction.MarkAcute:
                signal.IsAcute = true;
                signal.AcuteBy = decision.AcuteBy;
                signal.AcuteIntervention = decision.AcuteIntervention!.Trim();
                signal.AcuteAt = now;
                description = $"Acuut: interventie door {SignalLabels.Dutch(decision.AcuteBy!.Value)}";
                reason = signal.AcuteIntervention;
                break;
        }
        signal.Events.Add(new SignalEvent
        {
            At = now, UserId = user.UserId(), Actor = user.ActorName(), Description = description,
            FromStatus = from, ToStatus = signal.Status == from ? null : signal.Status, Reason = reason,
        });
        db.Entry(signal).Property(s => s.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new WorkflowResult(false, new Dictionary<string, string> { [""] = ConflictMessage }, Conflict: true);
        }
        await FeedbackAsync(signal, decision.Action, from, cancellationToken);
        return WorkflowResult.Ok;
    }

    /// <summary>Who hears of a registration while the region has no table set up yet.</summary>
    private static readonly string[] RegisteredFallbackRoles = [Core.Accounts.Roles.ChainDirector, Core.Accounts.Roles.ProcessDirector];

    /// <summary>Feedback holds no content: only that the signal was picked up (SPEC route step 6).</summary>
    private async Task FeedbackAsync(Signal signal, SignalAction action, SignalStatus from, CancellationToken cancellationToken)
    {
        var url = $"/meldingen/{signal.Reference}";
        if (from == SignalStatus.New && action is SignalAction.TakeUp or SignalAction.HandleLocally or SignalAction.RegisterForTable or SignalAction.Answer
            && signal.CreatedByUserId is { } creator)
        {
            await notifier.NotifyUsersAsync([creator], $"Uw melding {signal.Reference} is opgepakt", "/mijn-meldingen", cancellationToken);
        }
        if (from == SignalStatus.New && action != SignalAction.Forward && action != SignalAction.MarkAcute && signal.MelderContact?.Contains('@', StringComparison.Ordinal) == true)
        {
            await email.SendAsync(signal.MelderContact, $"Uw melding {signal.Reference} is opgepakt",
                $"Dank voor uw melding. Melding {signal.Reference} is opgepakt door de gemeente. Om de privacy van betrokkenen te beschermen kunnen we u niet meer vertellen.", cancellationToken);
        }
        switch (action)
        {
            case SignalAction.Forward:
                await notifier.NotifyUsersAsync(await Recipients.QueueOwnersAsync(db, signal.MunicipalityId, cancellationToken), $"Melding {signal.Reference} is naar uw gemeente doorgestuurd", url, cancellationToken);
                break;
            case SignalAction.RegisterForTable:
                // Those who sit at the region's table prepare it; a role alone says nothing about which table.
                await notifier.NotifyUsersAsync(await Recipients.TableMembersAsync(db, signal.MunicipalityId, RegisteredFallbackRoles, cancellationToken),
                    $"Melding {signal.Reference} is aangemeld voor de regionale tafel", url, cancellationToken);
                break;
            case SignalAction.MarkAcute:
                var targets = (await Recipients.QueueOwnersAsync(db, signal.MunicipalityId, cancellationToken))
                    .Concat(await Recipients.TableMembersAsync(db, signal.MunicipalityId, SignalIntake.TableRoles, cancellationToken));
                await notifier.NotifyUsersAsync(targets, $"ACUUT: melding {signal.Reference} vraagt directe aandacht en staat op de agenda van de volgende tafel", url, cancellationToken);
                break;
        }
    }

    private async Task<string> MunicipalityNameAsync(int? id, CancellationToken cancellationToken) =>
        id is null ? "geen gemeente" : await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? "onbekend";

    // The care file page still calls this; it goes once that page is split and calls user.ActorName() itself.
    internal static string ActorName(ClaimsPrincipal user) => user.ActorName();
}
