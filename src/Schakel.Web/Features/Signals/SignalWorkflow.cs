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
        if (SignalStateMachine.IsTableAction(decision.Action))
        {
            // The table's decisions are taken on the agenda, not on the signal page.
            return WorkflowResult.Fail(nameof(decision.Action), $"'{SignalLabels.Dutch(decision.Action)}' kan niet bij een {SignalLabels.Dutch(signal.Kind).ToLowerInvariant()} met status '{SignalLabels.Dutch(signal.Status)}'.");
        }
        var reason = decision.Reason?.Trim();
        if (reason?.Length > 2000)
        {
            return WorkflowResult.Fail(nameof(decision.Reason), "De toelichting is te lang (maximaal 2000 tekens).");
        }
        int? forwardTo = null;
        if (decision.Action == SignalAction.Forward)
        {
            forwardTo = decision.ForwardToMunicipalityId is { } id
                ? await db.Organisations.AsNoTracking().Where(o => o.Id == id && o.Kind == OrganisationKind.Municipality).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken)
                : null;
            if (forwardTo is null)
            {
                return WorkflowResult.Fail(nameof(decision.ForwardToMunicipalityId), "Kies de gemeente waar de melding naartoe moet.");
            }
        }

        // The signal checks the step and the rest of its input; a refusal names the input, so it lands on its field.
        var now = clock.GetUtcNow();
        var by = new Actor(user.UserId(), user.ActorName());
        try
        {
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
                    signal.RegisterForTable(by, reason!, now, await Triage.RegionRoutes.ForMunicipalityAsync(db, signal.MunicipalityId, cancellationToken));
                    break;
                case SignalAction.Forward:
                    var description = $"Doorgestuurd van {await MunicipalityNameAsync(signal.MunicipalityId, cancellationToken)} naar {await MunicipalityNameAsync(forwardTo, cancellationToken)}";
                    signal.Forward(by, forwardTo!.Value, reason!, description, now);
                    break;
                case SignalAction.MarkAcute:
                    signal.MarkAcute(by, decision.AcuteBy, decision.AcuteIntervention, now);
                    break;
            }
        }
        catch (DomainException refused)
        {
            return WorkflowResult.Fail(FieldOf(refused.Input), refused.Message);
        }
        db.Entry(signal).Property(s => s.Version).OriginalValue = expectedVersion;
        if (!await db.SaveUnlessStaleAsync(cancellationToken))
        {
            return new WorkflowResult(false, new Dictionary<string, string> { [""] = ConflictMessage }, Conflict: true);
        }
        return WorkflowResult.Ok;
    }

    private static string FieldOf(string? input) => input switch
    {
        SignalStepInput.Reason => nameof(SignalDecision.Reason),
        SignalStepInput.Outcome => nameof(SignalDecision.Outcome),
        SignalStepInput.Municipality => nameof(SignalDecision.ForwardToMunicipalityId),
        SignalStepInput.Acute => nameof(SignalDecision.AcuteIntervention),
        SignalStepInput.Question => nameof(SignalDecision.Reason),
        _ => nameof(SignalDecision.Action),
    };

    private async Task<string> MunicipalityNameAsync(int? id, CancellationToken cancellationToken) =>
        id is null ? "geen gemeente" : await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? "onbekend";
}
