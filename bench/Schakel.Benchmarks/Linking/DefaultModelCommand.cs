using Schakel.Testing.Linking;
using Schakel.Core.Linking;

namespace Schakel.Benchmarks.Linking;

/// <summary><c>link-default-model PATH</c>: writes the shipped default model (src/Schakel.Core/Linking/DefaultModel.json) again.</summary>
public static class DefaultModelCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("gebruik: link-default-model PAD");
            return 2;
        }
        File.WriteAllText(args[0], DefaultModelRecipe.Estimate().ToJson(indented: true) + "\n");
        return 0;
    }
}
