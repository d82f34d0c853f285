using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Common;
using Schakel.Core.Organisations;
using Schakel.Core.Signals;
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

/// <summary>
/// Step 3 of the meldroute: the municipal decision. The form's input is checked here so each error lands on its field;
/// the signal itself refuses a step its state machine does not allow. Who hears of the step is up to the handlers of
/// its domain event (<see cref="SignalFeedback"/>), after the save commits.
/// </summary>
public sealed class SignalWorkflow(SchakelDb db, TimeProvider clock)
{
    public static string ConflictMessage => StaleSave.Message("deze melding");

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
        var by = new Actor(user.UserId(), user.ActorName());
        switch (decision.Action)
        {
            case SignalAction.TakeUp:
                signal.TakeUp(by, reason, now);
                break;
            case SignalAction.HandleLocally:
                signal.HandleLocally(by, decision.Outcome!, reason!, now);
                break;
            case SignalAction.Answer:
                signal.Answer(by, reason!, now);
                break;
            case SignalAction.RegisterForTable:
                signal.RegisterForTable(by, reason!, now);
                break;
            case SignalAction.Forward:
                var fromName = await MunicipalityNameAsync(signal.MunicipalityId, cancellationToken);
                var toName = await MunicipalityNameAsync(forwardTo, cancellationToken);
                signal.Forward(by, forwardTo!.Value, reason!, $"Doorgestuurd van {fromName} naar {toName}", now);
                break;
            case SignalAction.MarkAcute:
                signal.MarkAcute(by, decision.AcuteBy!.Value, decision.AcuteIntervention!, now);
                break;
        }
        db.Entry(signal).Property(s => s.Version).OriginalValue = expectedVersion;
        if (!await db.SaveUnlessStaleAsync(cancellationToken))
        {
            return new WorkflowResult(false, new Dictionary<string, string> { [""] = ConflictMessage }, Conflict: true);
        }
        return WorkflowResult.Ok;
    }

    private async Task<string> MunicipalityNameAsync(int? id, CancellationToken cancellationToken) =>
        id is null ? "geen gemeente" : await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? "onbekend";
}
