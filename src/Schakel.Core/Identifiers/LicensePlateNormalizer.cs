namespace Schakel.Core.Identifiers;

/// <summary>
/// Licence plates compared without dashes, spaces or case. Dutch plates follow one of the RDW side codes
/// (letter/digit groups); <see cref="FormatDutch"/> restores the dashes for display.
/// </summary>
public static class LicensePlateNormalizer
{
    // Side codes 1-14 as letter (L) / digit (D) shapes with the group lengths that carry the dashes.
    private static readonly (string Shape, int[] Groups)[] SideCodes =
    [
        ("LLDDDD", [2, 2, 2]), ("DDDDLL", [2, 2, 2]), ("DDLLDD", [2, 2, 2]), ("LLDDLL", [2, 2, 2]),
        ("LLLLDD", [2, 2, 2]), ("DDLLLL", [2, 2, 2]), ("DDLLLD", [2, 3, 1]), ("DLLLDD", [1, 3, 2]),
        ("LLDDDL", [2, 3, 1]), ("LDDDLL", [1, 3, 2]), ("LLLDDL", [3, 2, 1]), ("LDDLLL", [1, 2, 3]),
        ("DLLDDD", [1, 2, 3]), ("DDDLLD", [3, 2, 1]),
    ];

    public static string? Normalize(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : UpperAlphanumeric.Of(raw, 4, 10);

    /// <summary>The RDW side code (1-14) of a normalised Dutch plate, or 0 when it has none.</summary>
    public static int SideCode(string normalized)
    {
        if (normalized.Length != 6)
        {
            return 0;
        }
        Span<char> shape = stackalloc char[6];
        for (var i = 0; i < 6; i++)
        {
            shape[i] = char.IsDigit(normalized[i]) ? 'D' : 'L';
        }
        for (var i = 0; i < SideCodes.Length; i++)
        {
            if (shape.SequenceEqual(SideCodes[i].Shape))
            {
                return i + 1;
            }
        }
        return 0;
    }

    /// <summary>"XX-999-X" style display form; the input unchanged when it has no Dutch side code.</summary>
    public static string FormatDutch(string normalized)
    {
        var code = SideCode(normalized);
        if (code == 0)
        {
            return normalized;
        }
        var g = SideCodes[code - 1].Groups;
        return $"{normalized[..g[0]]}-{normalized.Substring(g[0], g[1])}-{normalized[(g[0] + g[1])..]}";
    }
}
