namespace Schakel.Core.Ads;

/// <summary>
/// Maps indicator codes to bit positions (their index in the profile), so that fired indicators of an
/// ad are one ulong and a disabled indicator costs nothing. A code absent from the profile has slot -1.
/// </summary>
internal sealed class IndicatorSlots
{
    private readonly Dictionary<string, int> _slots;

    public IndicatorSlots(RiskProfile profile)
    {
        _slots = profile.Indicators.Select((d, i) => (d.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
    }

    public int this[string code] => _slots.TryGetValue(code, out var slot) ? slot : -1;

    public static void Set(ref ulong fired, int slot)
    {
        if (slot >= 0)
        {
            fired |= 1UL << slot;
        }
    }
}
