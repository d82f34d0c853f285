namespace Schakel.Web.Features.Signals.Contracts;

/// <summary>How another feature files a signal (an ad review that becomes a signal): the same intake as a melder's.</summary>
public interface ISignalIntake
{
    Task<IntakeResult> CreateAsync(SignalDraft draft, IntakeSource source, CancellationToken cancellationToken);
}
