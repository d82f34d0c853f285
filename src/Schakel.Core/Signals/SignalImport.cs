using Schakel.Core.Common;

namespace Schakel.Core.Signals;

/// <summary>
/// A signal as a region's earlier registration kept it: received on its own date, already closed with its own outcome.
/// </summary>
public sealed record HistoricSignal(
    SignalKind Kind,
    string MelderTypeCode,
    DateTimeOffset ReceivedAt,
    DateOnly? ObservedOn,
    int MunicipalityId,
    string? SectorCode,
    string? Description,
    SignalStatus Status,
    string? Outcome,
    DateTimeOffset ClosedAt,
    IReadOnlyList<string> FormCodes);

/// <summary>
/// Signals taken over from a region's history by the import. They keep their original dates, status and outcome, are
/// always closed (so they never land in a queue), and raise no domain events (so nobody is notified of the past).
/// Their source and the source's own key make them identifiable, so a second import of the same file changes nothing.
/// </summary>
public partial class Signal
{
    /// <summary>The import that wrote the signal's current values; null for a signal entered in Schakel.</summary>
    public int? ImportBatchId { get; private set; }
    public int? ImportSourceId { get; private set; }
    /// <summary>The source's own number of the signal (or its row number), unique per source.</summary>
    public string? ImportSourceKey { get; private set; }
    /// <summary>A hash of the imported values, so an unchanged row of a corrected file is recognised without comparing fields.</summary>
    public string? ImportHash { get; private set; }

    public bool IsImported => ImportSourceId is not null;

    /// <param name="importedAt">When the import ran: the moment of the one timeline line, which names the source.</param>
    public static Signal Imported(string reference, HistoricSignal values, int batchId, int sourceId, string sourceKey, string hash, string sourceName, DateTimeOffset importedAt)
    {
        var signal = new Signal
        {
            Reference = reference,
            Kind = values.Kind,
            Channel = IntakeChannel.Import,
            MelderTypeCode = values.MelderTypeCode,
            ReceivedAt = values.ReceivedAt,
            ImportSourceId = sourceId,
            ImportSourceKey = sourceKey,
        };
        signal.ApplyImport(values, batchId, hash);
        signal.Events.Add(new SignalEvent
        {
            At = importedAt, Actor = "Import", ToStatus = signal.Status,
            Description = $"Overgenomen uit de historie ({sourceName}, {sourceKey})",
        });
        return signal;
    }

    /// <summary>
    /// A corrected file's values for a signal of the same source. Only what an import writes is changed. The kind, melder
    /// type and day of receipt are fixed at creation; the engine corrects those through the store (see ImportWriter).
    /// </summary>
    public void ApplyImport(HistoricSignal values, int batchId, string hash)
    {
        if (!IsImported)
        {
            throw new DomainException("Alleen een geïmporteerde melding kan door een import worden bijgewerkt.");
        }
        if (!SignalStateMachine.IsClosed(values.Status) || (values.Kind == SignalKind.AdviceQuestion) != (values.Status == SignalStatus.Answered))
        {
            throw new DomainException($"Een {SignalLabels.Dutch(values.Kind).ToLowerInvariant()} uit de historie kan niet de status '{SignalLabels.Dutch(values.Status)}' hebben.");
        }
        Status = values.Status;
        Outcome = values.Outcome;
        ClosedAt = values.ClosedAt < values.ReceivedAt ? values.ReceivedAt : values.ClosedAt;
        ObservedOn = values.ObservedOn;
        MunicipalityId = values.MunicipalityId;
        SectorCode = values.SectorCode;
        Description = values.Description;
        ImportBatchId = batchId;
        ImportHash = hash;
        var forms = values.FormCodes.Distinct().ToList();
        Forms.RemoveAll(f => !forms.Contains(f.FormCode));
        Forms.AddRange(forms.Where(f => Forms.All(x => x.FormCode != f)).Select(f => new SignalForm { FormCode = f }));
    }
}
