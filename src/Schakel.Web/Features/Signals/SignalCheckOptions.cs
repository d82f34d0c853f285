using Schakel.Core.Signals;

namespace Schakel.Web.Features.Signals;

public sealed class SignalCheckOptions
{
    public int MediumFrom { get; set; } = 4;
    public int HighFrom { get; set; } = 8;
    public int AcuteFromCriticalCount { get; set; } = 2;

    public SignalCheckThresholds Thresholds => new(MediumFrom, HighFrom, AcuteFromCriticalCount);
}
