using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Features.Notifications;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Signals;

/// <summary>
/// Step 1 and 2 of the meldroute: stores a validated signal once, assesses it, puts it in the right queue and, when it
/// is acute, tells the municipality and the table at once.
/// </summary>
public sealed class SignalIntake(SchakelDb db, Notifier notifier, SignalCheckOptions checkOptions, AuditLog audit, Infrastructure.Telemetry.SchakelMetrics metrics, TimeProvider clock, ILogger<SignalIntake> logger, SignalFeedback feedback) : ISignalIntake
{
    public async Task<IntakeResult> CreateAsync(SignalDraft draft, IntakeSource source, CancellationToken cancellationToken)
    {
        if (await FindExistingAsync(source, cancellationToken) is { } existing)
        {
            return new IntakeResult(existing, Created: false);
        }

        var now = clock.GetUtcNow();
        var indicators = await db.Indicators.AsNoTracking().Where(i => draft.IndicatorCodes.Contains(i.Code)).ToListAsync(cancellationToken);
        var assessment = SignalCheck.Assess(indicators, draft.IsAcute, checkOptions.Thresholds);
        var signal = new Signal
        {
            Reference = ReferenceNumbers.New(),
            Kind = draft.Kind,
            Channel = source.Channel,
            MelderTypeCode = draft.MelderTypeCode!,
            MelderOrganisationId = source.MelderOrganisationId,
            MelderName = Clean(draft.MelderName),
            MelderContact = Clean(draft.MelderContact),
            CreatedByUserId = source.UserId,
            ObservedOn = draft.ObservedOn,
            ReceivedAt = now,
            MunicipalityId = draft.MunicipalityId,
            SectorCode = Clean(draft.SectorCode),
            Description = draft.Description?.Trim(),
            AssessedLevel = assessment.Level,
            SuggestedRoute = assessment.Route,
            ClientId = source.ClientId,
            ClientOrganisationId = source.ClientId is null ? null : source.ClientOrganisationId,
            SubmissionToken = source.SubmissionToken,
            Forms = draft.FormCodes.Distinct().Select(f => new SignalForm { FormCode = f }).ToList(),
            Indicators = draft.IndicatorCodes.Distinct().Select(c => new SignalIndicator { IndicatorCode = c }).ToList(),
            Subjects = draft.Subjects.Where(s => !s.IsEmpty).Select(s => s.ToSubject(DutchTime.Day(now))).ToList(),
        };
        if (draft.IsAcute)
        {
            signal.ReceiveAsAcute(draft.AcuteBy, Clean(draft.AcuteIntervention), now);
        }
        signal.Events.Add(new SignalEvent
        {
            At = now, UserId = source.UserId, Actor = source.Actor, ToStatus = SignalStatus.New,
            Description = $"{SignalLabels.Dutch(signal.Kind)} ontvangen via {SignalLabels.Dutch(source.Channel).ToLowerInvariant()}",
        });
        if (signal.IsAcute)
        {
            signal.Events.Add(new SignalEvent
            {
                At = now, UserId = source.UserId, Actor = source.Actor,
                Description = $"Acuut: interventie door {SignalLabels.Dutch(signal.AcuteBy!.Value)}", Reason = signal.AcuteIntervention,
            });
        }

        db.Signals.Add(signal);
        // Two transactions instead of one per step: the signal with its identifier keys, then its candidate links with the
        // notifications. The keys are committed before any link is looked for (see SubjectKeys.IndexAsync).
        IReadOnlyList<SubjectKeys.IndexedSubject> indexed;
        await using (var tx = await OwnTransactionAsync(cancellationToken))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (tx is not null && (source.ClientId is not null || source.SubmissionToken is not null))
            {
                // A concurrent replay won the race on the unique key: answer with the signal that was stored.
                await tx.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                if (await FindExistingAsync(source, cancellationToken) is { } winner)
                {
                    return new IntakeResult(winner, Created: false);
                }
                throw;
            }
            indexed = await SubjectKeys.IndexAsync(db, signal.Subjects, justCreated: true, cancellationToken);
            await CommitAsync(tx);
        }
        logger.LogInformation("Signal {SignalId} received via {Channel}; acute: {Acute}.", signal.Id, source.Channel, signal.IsAcute);
        metrics.SignalReceived(source.Channel);

        // The signal is stored: its links, notifications and audit entry follow even if the sender hangs up now, or a
        // retry with the same clientId would find a signal that nobody was told about.
        var stored = CancellationToken.None;
        PendingMail mail;
        await using (var tx = await OwnTransactionAsync(stored))
        {
            mail = await AddNotificationsAsync(signal, stored);
            await SubjectKeys.LinkAsync(db, indexed, clock, stored);
            await db.SaveChangesAsync(stored);
            await CommitAsync(tx);
        }
        await audit.RecordAsync(AuditAction.Create, AuditRecordType.Signal, signal.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            details: $"ontvangen via {source.Channel}, {signal.Subjects.Count} perso(o)n(en)", cancellationToken: stored);
        await notifier.SendAsync(mail, stored);
        await feedback.ReceivedAsync(signal, stored);
        return new IntakeResult(signal, Created: true);
    }

    /// <summary>A transaction of the intake's own, or none when the caller (the demo seeding) already runs one.</summary>
    private async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction?> OwnTransactionAsync(CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;

    /// <summary>A commit is never cancelled with the request: a cancelled commit may still have reached the database, and the sender would be told nothing was stored.</summary>
    private static Task CommitAsync(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction? tx) =>
        tx is null ? Task.CompletedTask : tx.CommitAsync(CancellationToken.None);

    private async Task<PendingMail> AddNotificationsAsync(Signal signal, CancellationToken cancellationToken)
    {
        var url = $"/meldingen/{signal.Reference}";
        var queueOwners = await Recipients.QueueOwnersAsync(db, signal.MunicipalityId, cancellationToken);
        if (signal.IsAcute)
        {
            var tableMembers = await Recipients.TableMembersAsync(db, signal.MunicipalityId, TableRoles, cancellationToken);
            return await notifier.AddAsync(queueOwners.Concat(tableMembers), NotificationKind.AcuteSignal, $"ACUUT: melding {signal.Reference} vraagt directe aandacht en staat op de agenda van de volgende tafel", url, cancellationToken);
        }
        return await notifier.AddAsync(queueOwners, NotificationKind.NewSignal, $"Nieuwe {SignalLabels.Dutch(signal.Kind).ToLowerInvariant()} {signal.Reference} in uw wachtrij", url, cancellationToken);
    }

    /// <summary>Who hears of an acute signal when the region has no table set up yet: the table partners' roles.</summary>
    internal static readonly string[] TableRoles = Infrastructure.Security.PolicyRoles.TableWork;

    private async Task<Signal?> FindExistingAsync(IntakeSource source, CancellationToken cancellationToken)
    {
        if (source.ClientId is not null)
        {
            return await db.Signals.AsNoTracking().FirstOrDefaultAsync(s => s.ClientOrganisationId == source.ClientOrganisationId && s.ClientId == source.ClientId, cancellationToken);
        }
        if (source.SubmissionToken is not null)
        {
            return await db.Signals.AsNoTracking().FirstOrDefaultAsync(s => s.SubmissionToken == source.SubmissionToken, cancellationToken);
        }
        return null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
