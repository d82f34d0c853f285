namespace Schakel.Core.Linking;

public sealed record LinkOptions
{
    /// <summary>
    /// Candidates scoring below this are not reported. The default keeps weak candidates such as a shared
    /// phone between two differently named persons visible, below the proposal threshold of 0.5.
    /// </summary>
    public double MinScore { get; init; } = 0.05;

    /// <summary>Threads for normalising and scoring; the result is the same for any value.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;
}
