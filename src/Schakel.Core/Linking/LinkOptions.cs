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

    /// <summary>Score with this model instead of learning one from the data.</summary>
    public LinkModel? Model { get; init; }

    /// <summary>
    /// What is known before the data is seen (null: the model learned from the built-in Dutch generator): it only weighs
    /// for small data, as a thousand pseudo-pairs in u and ten pseudo-matches in m.
    /// </summary>
    public LinkModel? PriorModel { get; init; }

    /// <summary>False learns from the data alone, without any prior model.</summary>
    public bool UsePriorModel { get; init; } = true;
}
