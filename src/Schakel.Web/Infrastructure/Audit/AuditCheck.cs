using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Jobs;

namespace Schakel.Web.Infrastructure.Audit;

/// <summary>
/// The outcome of the last full check of the audit chain, as the checkpoint job wrote it on its job run. A start page
/// shows this instead of verifying the whole chain on every load (that cost grows with the log); the privacy page
/// still verifies afresh. The outcome is a Dutch sentence, so the job-run row reads well on its own, in a fixed form
/// this class can read back.
/// </summary>
public sealed partial record AuditCheck(DateTimeOffset At, long Checked, long? BrokenAtSequence)
{
    public bool Intact => BrokenAtSequence is null;

    public static string Outcome(AuditChain.Verification check, AuditCheckpoint? checkpoint) => check.Intact
        ? $"Keten intact: {check.Checked.ToString(CultureInfo.InvariantCulture)} regels gecontroleerd"
            + (checkpoint is null ? "." : $", controlepunt bij regel {checkpoint.Sequence.ToString(CultureInfo.InvariantCulture)}.")
        : $"Keten verbroken bij regel {check.BrokenAtSequence!.Value.ToString(CultureInfo.InvariantCulture)}, "
            + $"{check.Checked.ToString(CultureInfo.InvariantCulture)} regels gecontroleerd: {check.Reason}";

    /// <summary>The check an outcome describes; null for outcomes of runs that did not check the whole chain.</summary>
    public static AuditCheck? Read(string? outcome, DateTimeOffset at)
    {
        var m = OutcomeForm().Match(outcome ?? "");
        if (!m.Success)
        {
            return null;
        }
        var count = long.Parse(m.Groups["checked"].Value, CultureInfo.InvariantCulture);
        return new AuditCheck(at, count, m.Groups["broken"].Success ? long.Parse(m.Groups["broken"].Value, CultureInfo.InvariantCulture) : null);
    }

    /// <summary>The latest full check of the chain, or null when none has run yet.</summary>
    public static async Task<AuditCheck?> LastAsync(SchakelDb db, CancellationToken ct)
    {
        // Earlier versions of the job wrote outcomes without a full check; they are passed over.
        var runs = await db.Set<JobRun>().AsNoTracking()
            .Where(r => r.Job == AuditCheckpointScheduler.Job && r.FinishedAt != null && r.Outcome != null && r.Outcome.StartsWith("Keten "))
            .OrderByDescending(r => r.Id).Take(5).Select(r => new { r.Outcome, r.FinishedAt }).ToListAsync(ct);
        return runs.Select(r => Read(r.Outcome, r.FinishedAt!.Value)).FirstOrDefault(c => c is not null);
    }

    [GeneratedRegex(@"^Keten (?:intact: |verbroken bij regel (?<broken>\d+), )(?<checked>\d+) regels gecontroleerd")]
    private static partial Regex OutcomeForm();
}
