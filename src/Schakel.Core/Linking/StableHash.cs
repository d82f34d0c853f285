namespace Schakel.Core.Linking;

/// <summary>
/// A 64-bit FNV-1a hash that is the same in every process (string.GetHashCode is randomised), so blocking,
/// and with it the output, is reproducible.
/// </summary>
internal static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(int kind) => Mix(Offset, (ulong)kind);

    public static ulong Add(ulong h, ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            h = (h ^ c) * Prime;
        }
        return (h ^ 0x1F) * Prime;
    }

    public static ulong Add(ulong h, int value) => Mix(h, (ulong)(uint)value);

    private static ulong Mix(ulong h, ulong v)
    {
        h ^= v + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2);
        return h * Prime;
    }
}
