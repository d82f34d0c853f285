using Schakel.Core.Linking;

namespace Schakel.Testing.Linking;

/// <summary>The recipe of the shipped <c>DefaultModel.json</c>: learned without any prior from 20,000 generated records.</summary>
public static class DefaultModelRecipe
{
    public static LinkModel Estimate() =>
        LinkEngine.Run(SyntheticSignals.Generate(20_000, seed: 42).Records, new LinkOptions { UsePriorModel = false, MinScore = 1 }).Model;
}
