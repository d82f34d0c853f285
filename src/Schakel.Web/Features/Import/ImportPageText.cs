using System.Globalization;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Import;

/// <summary>How the import pages put a batch into words: its status as a badge, its progress and the time it still needs.</summary>
public static class ImportPageText
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The batch's state in the words of the label catalogue, which the audit details use too.</summary>
    public static Badge Status(ImportBatch batch) => batch.Status switch
    {
        ImportBatchStatus.Finished when batch.RowsRefused > 0 => new($"{Core.Labels.Dutch.Of(batch.Status)}, met geweigerde rijen", BadgeTone.Warning),
        ImportBatchStatus.Finished => new(Core.Labels.Dutch.Of(batch.Status), BadgeTone.Ok),
        ImportBatchStatus.Failed => new(Core.Labels.Dutch.Of(batch.Status), BadgeTone.Danger),
        ImportBatchStatus.RolledBack => new(Core.Labels.Dutch.Of(batch.Status), BadgeTone.Neutral),
        _ => new(Core.Labels.Dutch.Of(batch.Status), BadgeTone.Info),
    };

    /// <summary>
    /// "import uit bron 4, status Klaar: …": the audit log names the state with the label the import pages show, so the
    /// privacy officer reads the same word on <c>/privacy/audit</c> as the administrator on the import's page.
    /// </summary>
    public static string AuditDetails(int sourceId, ImportBatchStatus status, string counts) =>
        $"import uit bron {sourceId.ToString(Dutch)}, status {Core.Labels.Dutch.Of(status)}: {counts}";

    public static string Number(int value) => value.ToString("N0", Dutch);

    /// <summary>
    /// The time a running import still needs, from its speed so far (rows per second since it started); null while
    /// there is nothing to measure yet.
    /// </summary>
    public static TimeSpan? Remaining(ImportBatch batch, DateTimeOffset now)
    {
        if (batch.StartedAt is not { } started || batch.RowsDone <= 0 || batch.RowsTotal <= batch.RowsDone)
        {
            return batch.RowsTotal > 0 && batch.RowsDone >= batch.RowsTotal ? TimeSpan.Zero : null;
        }
        var elapsed = now - started;
        if (elapsed <= TimeSpan.Zero)
        {
            return null;
        }
        return elapsed * ((double)(batch.RowsTotal - batch.RowsDone) / batch.RowsDone);
    }

    /// <summary>"nog ongeveer 3 minuten", rounded so the text does not jump at every refresh.</summary>
    public static string RemainingText(TimeSpan? remaining) => remaining switch
    {
        null => "de resterende tijd wordt berekend zodra de eerste rijen zijn ingelezen",
        { TotalSeconds: < 10 } => "bijna klaar",
        { TotalSeconds: < 60 } r => $"nog ongeveer {Math.Ceiling(r.TotalSeconds / 10) * 10:0} seconden",
        { TotalMinutes: < 1.5 } => "nog ongeveer 1 minuut",
        { TotalMinutes: < 90 } r => $"nog ongeveer {Math.Round(r.TotalMinutes):0} minuten",
        var r => $"nog ongeveer {r.Value.TotalHours:0.#} uur".Replace('.', ','),
    };

    /// <summary>The Dutch sentence a rollback refusal after the term shows; the engine refuses with its own words too.</summary>
    public static string RollbackTermPassed(ImportBatch batch) =>
        $"Deze import kan niet meer worden teruggedraaid: dat kan tot {ImportBatch.RollbackDays} dagen nadat hij klaar was " +
        $"(tot {DutchTime.Format((batch.FinishedAt ?? batch.CreatedAt).AddDays(ImportBatch.RollbackDays))}).";
}
