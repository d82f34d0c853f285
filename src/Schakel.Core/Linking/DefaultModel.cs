namespace Schakel.Core.Linking;

/// <summary>
/// The model learned, without any prior, from 20,000 records of the built-in Dutch generator. It is the starting point
/// for a run and weighs only where the data is small (a new region, a short list); on large data the run's own estimate
/// dominates. It is shipped as <c>DefaultModel.json</c>, the output of its recipe (<c>DefaultModelRecipe</c> in
/// Schakel.Testing, with the generator; a unit test keeps the two equal), so that no process spends seconds learning it
/// again.
/// </summary>
public static class DefaultModel
{
    private static readonly Lazy<LinkModel> Model = new(Load);

    public static LinkModel Instance => Model.Value;

    private static LinkModel Load()
    {
        using var stream = typeof(DefaultModel).Assembly.GetManifestResourceStream("Schakel.Core.Linking.DefaultModel.json")
            ?? throw new InvalidOperationException("DefaultModel.json ontbreekt in Schakel.Core");
        using var reader = new StreamReader(stream);
        return LinkModel.FromJson(reader.ReadToEnd());
    }
}
