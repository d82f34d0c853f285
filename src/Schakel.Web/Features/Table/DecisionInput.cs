using Schakel.Core.Signals;
using Schakel.Core.Table;

namespace Schakel.Web.Features.Table;

/// <summary>What the table decides on one agenda item, as posted from the decision screen.</summary>
public sealed class DecisionInput
{
    public int Version { get; set; }
    public bool? ReasonableSuspicion { get; set; }
    public TableOutcome? Outcome { get; set; }
    public List<TrackKind> Tracks { get; set; } = [];
    /// <summary>An open case this signal is about too: the signal joins it instead of starting a new one.</summary>
    public int? JoinCaseId { get; set; }
    public string? DirectorUserId { get; set; }
    public string? FirstGoal { get; set; }
    public string? WorkAgreements { get; set; }
    public string? Notes { get; set; }
    public List<ActionInput> Actions { get; set; } = [new(), new(), new()];
}

public sealed class ActionInput
{
    public string? Description { get; set; }
    public string? OwnerUserId { get; set; }
    public DateOnly? DueOn { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(OwnerUserId) && DueOn is null;
}

/// <summary>Checks a decision before anything is stored; messages are Dutch and name the field.</summary>
public static class DecisionValidator
{
    /// <summary>
    /// existingTracks: tracks of the item's case, or of the case the signal joins; openCaseIds: open cases of this
    /// table a signal may join; directorIds: who may be case director (members and the attention officers of the item's
    /// municipalities), members when not given; today: the Dutch date, before which no action may be due.
    /// </summary>
    public static Dictionary<string, string> Validate(DecisionInput input, AgendaItem item, IReadOnlyCollection<string> memberIds, IReadOnlyCollection<TrackKind> existingTracks, IReadOnlyCollection<int> openCaseIds,
        IReadOnlyCollection<string>? directorIds = null, DateOnly? today = null)
    {
        var errors = new Dictionary<string, string>();
        var isCase = item.CaseId is not null;
        var joining = !isCase && input.JoinCaseId is not null;
        if (joining && !openCaseIds.Contains(input.JoinCaseId!.Value))
        {
            errors["Input.JoinCaseId"] = "Kies een open casus van deze tafel.";
        }
        if (joining && input.Outcome is not null && input.Outcome != TableOutcome.Tracks)
        {
            errors["Input.JoinCaseId"] = "Een melding kan alleen bij een casus worden gevoegd met de uitkomst 'casus met sporen'.";
        }
        if (!isCase)
        {
            if (item.Signal is { } signal && input.Outcome is { } outcome
                && !SignalStateMachine.Allows(signal.Kind, signal.Status, SignalStateMachine.ForTableOutcome(outcome)))
            {
                errors["Input.Outcome"] = $"De melding heeft de status '{SignalLabels.Dutch(signal.Status).ToLowerInvariant()}'; daarover kan de tafel nu geen besluit vastleggen.";
            }
            if (input.Outcome is null)
            {
                errors["Input.Outcome"] = "Kies de uitkomst van de bespreking.";
            }
            if (input.ReasonableSuspicion is null)
            {
                errors["Input.ReasonableSuspicion"] = "Geef aan of het signaal wordt opgeschaald naar redelijk vermoeden.";
            }
            if (input.Outcome == TableOutcome.LocalFollowUp && string.IsNullOrWhiteSpace(input.Notes))
            {
                errors["Input.Notes"] = "Geef de gemeente mee wat zij lokaal moet oppakken (toelichting bij het besluit).";
            }
            if (input.Outcome == TableOutcome.Tracks)
            {
                if (input.ReasonableSuspicion == false)
                {
                    errors["Input.ReasonableSuspicion"] = "Sporen horen bij een casus: kies 'ja, redelijk vermoeden' of een andere uitkomst.";
                }
                // A signal that joins a running case inherits its tracks, director and goal.
                if (!joining)
                {
                    if (input.Tracks.Count == 0)
                    {
                        errors["Input.Tracks"] = "Kies ten minste één spoor (zorg, zorg + strafrecht, bestuurlijk of ondermijning).";
                    }
                    if (string.IsNullOrWhiteSpace(input.DirectorUserId))
                    {
                        errors["Input.DirectorUserId"] = "Wijs een casusregisseur aan.";
                    }
                    if (string.IsNullOrWhiteSpace(input.FirstGoal))
                    {
                        errors["Input.FirstGoal"] = "Beschrijf het eerste doel van de aanpak.";
                    }
                }
            }
            else if (input.Outcome is not null && input.Tracks.Count > 0)
            {
                errors["Input.Tracks"] = "Sporen kunnen alleen bij de uitkomst 'casus met sporen'. Haal de sporen weg of kies die uitkomst.";
            }
        }
        if (input.Tracks.Any(t => existingTracks.Contains(t)))
        {
            errors["Input.Tracks"] = "Dit spoor loopt al in de casus.";
        }
        if (input.DirectorUserId is { Length: > 0 } d && !(directorIds ?? memberIds).Contains(d))
        {
            errors["Input.DirectorUserId"] = directorIds is null ? "De casusregisseur moet lid van de tafel zijn." : "De casusregisseur moet lid van de tafel zijn of aandachtsfunctionaris van de gemeente van dit punt.";
        }
        Check(errors, "Input.FirstGoal", input.FirstGoal, 2000);
        Check(errors, "Input.WorkAgreements", input.WorkAgreements, 4000);
        Check(errors, "Input.Notes", input.Notes, 4000);
        for (var n = 0; n < input.Actions.Count; n++)
        {
            var a = input.Actions[n];
            if (a.IsEmpty)
            {
                continue;
            }
            var key = $"Input.Actions[{n}]";
            if (string.IsNullOrWhiteSpace(a.Description))
            {
                errors[key + ".Description"] = $"Actie {n + 1}: beschrijf wat er moet gebeuren.";
            }
            else if (a.Description.Length > 1000)
            {
                errors[key + ".Description"] = $"Actie {n + 1}: de beschrijving is te lang (maximaal 1000 tekens).";
            }
            if (string.IsNullOrWhiteSpace(a.OwnerUserId) || !memberIds.Contains(a.OwnerUserId))
            {
                errors[key + ".OwnerUserId"] = $"Actie {n + 1}: kies een eigenaar (lid van de tafel).";
            }
            if (a.DueOn is null)
            {
                errors[key + ".DueOn"] = $"Actie {n + 1}: geef een uiterste datum.";
            }
            else if (a.DueOn < today)
            {
                errors[key + ".DueOn"] = $"Actie {n + 1}: de uiterste datum ligt in het verleden; kies vandaag ({DutchTime.FormatDate(today)}) of later.";
            }
        }
        return errors;
    }

    private static void Check(Dictionary<string, string> errors, string key, string? value, int max)
    {
        if (value?.Length > max)
        {
            errors[key] = $"De tekst is te lang (maximaal {max} tekens).";
        }
    }
}
