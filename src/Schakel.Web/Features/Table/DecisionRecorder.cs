using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Features.Notifications;
using Schakel.Web.Features.Shared;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Table;

/// <summary>
/// Stores a table decision in one save: the decision itself, the case and its tracks when the signal is upgraded,
/// the actions, and the timeline. A stale version fails the whole save so a colleague's decision is never overwritten.
/// </summary>
public sealed class DecisionRecorder(SchakelDb db, Notifier notifier, TimeProvider clock)
{
    public async Task<bool> RecordAsync(AgendaItem item, DecisionInput input, IReadOnlyList<MemberInfo> members, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var actor = user.ActorName();
        var meeting = item.Meeting!;
        var firstDecision = item.DecidedAt is null;
        var wasCase = item.CaseId is not null;
        var pendingActions = new List<TableAction>();
        TableCase? tableCase = item.CaseId is { } cid ? await db.Set<TableCase>().Include(c => c.Tracks).FirstAsync(c => c.Id == cid, ct) : null;
        var director = members.FirstOrDefault(m => m.UserId == input.DirectorUserId);
        var (fromStatus, toStatus) = wasCase ? (null, null) : MoveSignal(item.Signal, input, now);

        if (tableCase is null && input.Outcome == TableOutcome.Tracks && input.JoinCaseId is { } joinId && item.Signal is { } joining)
        {
            tableCase = await db.Set<TableCase>().Include(c => c.Tracks).FirstAsync(c => c.Id == joinId, ct);
            item.Case = tableCase;
            joining.CaseId = tableCase.Id;
            tableCase.Events.Add(new CaseEvent { At = now, Actor = actor, Description = $"Melding {joining.Reference} bij de casus gevoegd: redelijk vermoeden" });
            joining.Events.Add(new SignalEvent { At = now, UserId = user.UserId(), Actor = actor, Description = $"Regionale tafel: bij casus {tableCase.Reference} gevoegd", FromStatus = fromStatus, ToStatus = toStatus });
        }
        else if (tableCase is null && input.Outcome == TableOutcome.Tracks && item.Signal is { } signal)
        {
            tableCase = new TableCase
            {
                Reference = CaseReference(now), TableId = meeting.TableId, MunicipalityId = signal.MunicipalityId, OpenedAt = now,
            };
            tableCase.Events.Add(new CaseEvent { At = now, Actor = actor, Description = $"Casus aangemaakt uit melding {signal.Reference}: redelijk vermoeden" });
            db.Set<TableCase>().Add(tableCase);
            item.Case = tableCase;
            signal.Events.Add(new SignalEvent { At = now, UserId = user.UserId(), Actor = actor, Description = "Regionale tafel: opgeschaald naar redelijk vermoeden, casus aangemaakt", FromStatus = fromStatus, ToStatus = toStatus });
        }
        else if (item.Signal is { } s && (firstDecision || toStatus is not null))
        {
            s.Events.Add(new SignalEvent
            {
                At = now, UserId = user.UserId(), Actor = actor, Description = $"Regionale tafel: {TableLabels.Dutch(input.Outcome!.Value).ToLowerInvariant()}",
                FromStatus = fromStatus, ToStatus = toStatus,
                // The reverse route carries the table's instruction to the municipality on the signal's own timeline.
                Reason = input.Outcome == TableOutcome.LocalFollowUp ? input.Notes?.Trim() : null,
            });
        }

        if (tableCase is not null)
        {
            foreach (var kind in input.Tracks)
            {
                tableCase.Tracks.Add(new CaseTrack { Kind = kind, OpenedAt = now });
                tableCase.Events.Add(new CaseEvent { At = now, Actor = actor, Description = $"Spoor geopend: {TableLabels.Dutch(kind)}" });
            }
            if (director is not null && director.UserId != tableCase.DirectorUserId)
            {
                tableCase.DirectorUserId = director.UserId;
                tableCase.DirectorName = TableDirectory.Describe(director);
                tableCase.Events.Add(new CaseEvent { At = now, Actor = actor, Description = $"Casusregisseur: {tableCase.DirectorName}" });
            }
            if (!string.IsNullOrWhiteSpace(input.FirstGoal))
            {
                tableCase.FirstGoal = input.FirstGoal.Trim();
            }
            if (!string.IsNullOrWhiteSpace(input.WorkAgreements))
            {
                tableCase.WorkAgreements = input.WorkAgreements.Trim();
            }
            if (item.Section == AgendaSection.CaseInMonitoring)
            {
                tableCase.Events.Add(new CaseEvent { At = now, Actor = actor, Description = $"Besproken op de tafel van {DutchTime.FormatDate(meeting.StartsAt)}" });
            }
        }

        if (!wasCase)
        {
            item.ReasonableSuspicion = input.ReasonableSuspicion;
            item.Outcome = input.Outcome;
        }
        item.DecisionNotes = string.IsNullOrWhiteSpace(input.Notes) ? null : input.Notes.Trim();
        item.DecidedAt = now;
        item.DecidedBy = actor;

        var owners = new List<string>();
        foreach (var a in input.Actions.Where(a => !a.IsEmpty))
        {
            var owner = members.First(m => m.UserId == a.OwnerUserId);
            var action = new TableAction
            {
                MeetingId = meeting.Id, AgendaItemId = item.Id, SignalId = item.SignalId, Description = a.Description!.Trim(),
                OwnerUserId = owner.UserId, OwnerName = TableDirectory.Describe(owner), DueOn = a.DueOn!.Value, CreatedAt = now,
            };
            if (tableCase is not null)
            {
                action.CaseId = tableCase.Id == 0 ? null : tableCase.Id;
                tableCase.Events.Add(new CaseEvent { At = now, Actor = actor, Description = $"Actie voor {action.OwnerName}, uiterlijk {DutchTime.FormatDate(action.DueOn)}: {action.Description}" });
            }
            db.Set<TableAction>().Add(action);
            owners.Add(owner.UserId);
            pendingActions.Add(action);
        }

        db.Entry(item).Property(i => i.Version).OriginalValue = input.Version;
        var saved = await db.UnlessStaleAsync(async c =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(c);
            await db.SaveChangesAsync(c);
            if (tableCase is not null)
            {
                // A new case gets its id on the first save; link the signal and the actions to it in the same transaction.
                if (item.Signal is { } sig && sig.CaseId is null)
                {
                    sig.CaseId = tableCase.Id;
                }
                foreach (var a in pendingActions)
                {
                    a.CaseId = tableCase.Id;
                }
                await db.SaveChangesAsync(c);
            }
            await tx.CommitAsync(c);
        }, ct);
        if (!saved)
        {
            return false;
        }

        // Handed back for local follow-up, the municipality hears that instead (see Signals' triage notifications).
        if (firstDecision && item.Signal is { } picked && input.Outcome != TableOutcome.LocalFollowUp)
        {
            // The municipality hears that the table picked its signal up; never what was decided.
            await notifier.NotifyUsersAsync(await Recipients.QueueOwnersAsync(db, picked.MunicipalityId, ct), NotificationKind.TableDecision,
                $"Melding {picked.Reference} is door de regionale tafel opgepakt", $"/meldingen/{picked.Reference}", ct);
        }
        await notifier.NotifyUsersAsync(owners, NotificationKind.ActionAssigned, "U heeft een nieuwe actie van de regionale tafel", "/mijn-acties", ct);
        return true;
    }

    /// <summary>The decision is a step of the meldroute; the signal itself says where it goes (see <see cref="Signal.DecideAtTable"/>).</summary>
    private static (SignalStatus? From, SignalStatus? To) MoveSignal(Signal? signal, DecisionInput input, DateTimeOffset now)
    {
        if (signal is null || input.Outcome is not { } outcome)
        {
            return (null, null);
        }
        var (from, to) = signal.DecideAtTable(outcome, now);
        return (from, to);
    }

    private static string CaseReference(DateTimeOffset now) =>
        $"C-{now:yyyy}-{Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(3))}";
}
