using Schakel.Core.Accounts;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.Web.Features.Signals.Triage;

/// <summary>
/// What the signal page shows of triage and the reverse route: the chain director's forms while the signal waits, and to
/// the municipality the open question or the table's instruction that put it back in their queue.
/// </summary>
public sealed record TriageSectionView(Signal Signal, Access Access)
{
    /// <summary>The timeline line the table writes when it hands a signal back (see the table's decision recorder).</summary>
    public static readonly string LocalFollowUpLine = $"Regionale tafel: {TableLabels.Dutch(TableOutcome.LocalFollowUp).ToLowerInvariant()}";

    public bool AwaitsTriage => Signal.Status == SignalStatus.AwaitingTriage;

    /// <summary>The forms are the chain director's; the server checks the region again on every step.</summary>
    public bool ShowsForms(System.Security.Claims.ClaimsPrincipal user) => AwaitsTriage && Access == Access.Work && user.IsInRole(Roles.ChainDirector);

    /// <summary>The step that last moved the signal, when it handed it back to the municipality: heading and text.</summary>
    public (string Heading, string? Text)? HandedBack
    {
        get
        {
            if (Signal.Status != SignalStatus.InProgress || Signal.Events.Where(e => e.ToStatus is not null).MaxBy(e => e.At) is not { } last)
            {
                return null;
            }
            return last.Description == Signal.SentBackLine ? ("Vraag van de ketenregisseur", last.Reason)
                : last.Description == LocalFollowUpLine ? ("Opdracht van de regionale tafel: lokale opvolging", last.Reason)
                : null;
        }
    }
}
