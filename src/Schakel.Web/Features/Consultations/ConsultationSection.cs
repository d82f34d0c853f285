using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Consultations;
using Schakel.Core.Signals;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Consultations;

/// <summary>The start form as the signal page and the start page show it, with what the user typed.</summary>
public sealed record StartForm(string Reference, IReadOnlyList<Candidate> Candidates, string? Question, int? Hours, IReadOnlyCollection<string> Invitees);

/// <summary>What the signal page shows of its spoed-MDO's to this user.</summary>
public sealed record SectionView(
    Signal Signal, bool MayStart, string? WhyNot, IReadOnlyList<AcuteConsultation> Consultations, StartForm? Form);

/// <summary>
/// Loads the spoed-MDO part of the signal page. Who works on the signal (and may start one) sees every consultation of
/// it and the start form; an invitee sees the consultations they were invited to; others see nothing of them.
/// </summary>
public sealed class ConsultationSection(SchakelDb db, ConsultationCandidates candidates, AccessGuard guard)
{
    public async Task<SectionView> LoadAsync(Signal signal, ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = await AccessScope.LoadAsync(db, user, ct);
        var work = await guard.AllowsAsync(user, new SignalInScope(signal, scope), SignalOperations.Work);
        var userId = user.UserId();
        var all = await db.Set<AcuteConsultation>().Include(c => c.Invitations).AsNoTracking()
            .Where(c => c.SignalId == signal.Id).OrderByDescending(c => c.StartedAt).ToListAsync(ct);
        var visible = work ? all : all.Where(c => c.InvitationOf(userId) is not null).ToList();
        if (!work)
        {
            return new SectionView(signal, false, null, visible, null);
        }
        var whyNot = !signal.IsAcute ? "Een spoed-MDO kan alleen over een acute melding. Markeer de melding eerst als acuut (bij Besluit)."
            : signal.IsClosed ? "Deze melding is afgerond."
            : all.Any(c => c.IsOpen) ? "Er loopt al een spoed-MDO over deze melding."
            : null;
        var form = whyNot is null ? new StartForm(signal.Reference, await candidates.ForAsync(signal, userId, ct), null, AcuteConsultation.DefaultHours, []) : null;
        return new SectionView(signal, whyNot is null, whyNot, visible, form);
    }
}
