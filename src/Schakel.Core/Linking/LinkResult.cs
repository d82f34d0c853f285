namespace Schakel.Core.Linking;

/// <summary>A field-level problem in one input record (the record itself was used).</summary>
public readonly record struct RecordWarning(int RecordIndex, string Message);

public sealed class LinkResult
{
    public required IReadOnlyList<CandidateLink> Links { get; init; }
    public required IReadOnlyList<RecordWarning> Warnings { get; init; }
    public int Subjects { get; init; }

    /// <summary>The model that made every score of this run.</summary>
    public required LinkModel Model { get; init; }
    public long PairsScored { get; init; }

    /// <summary>Blocks left out because they were larger than the cap of their kind.</summary>
    public int SkippedBlocks { get; init; }

    /// <summary>Pairs produced per kind of blocking key, before removing pairs found by several keys.</summary>
    public IReadOnlyList<(BlockKind Kind, long Pairs)> BlockPairs { get; init; } = [];

    /// <summary>Wall time per phase, for diagnostics.</summary>
    public IReadOnlyList<(string Phase, TimeSpan Time)> Phases { get; init; } = [];
}
