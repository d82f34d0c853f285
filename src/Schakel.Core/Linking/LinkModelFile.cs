using System.Text.Json;
using System.Text.Json.Serialization;

namespace Schakel.Core.Linking;

/// <summary>The stored form of a <see cref="LinkModel"/>: levels by token, so a file stays readable and checkable.</summary>
internal sealed class LinkModelFile
{
    public string Id { get; set; } = "";
    public double Lambda { get; set; }
    public ModelFit Fit { get; set; } = new(0, 0, 0, 0, false, 0);
    public Dictionary<string, Dictionary<string, double[]>> Levels { get; set; } = [];
    public int Subjects { get; set; }
    public Dictionary<string, int> Names { get; set; } = [];
    public Dictionary<string, int> Tokens { get; set; } = [];
    public Dictionary<string, int> Streets { get; set; } = [];

    public static JsonSerializerOptions Options(bool indented) => new()
    {
        WriteIndented = indented,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static LinkModelFile From(LinkModel model)
    {
        var file = new LinkModelFile { Id = model.Id, Lambda = model.Lambda, Fit = model.Fit, Subjects = model.Terms.Subjects };
        foreach (var f in ComparisonFields.All)
        {
            var levels = new Dictionary<string, double[]>();
            for (var l = 1; l < ComparisonFields.LevelCount(f); l++)
            {
                levels[ComparisonFields.LevelToken(f, l)] = [model.M[(int)f][l], model.U[(int)f][l]];
            }
            file.Levels[ComparisonFields.Token(f)] = levels;
        }
        var shared = model.Terms.Shared();
        file.Names = Sorted(shared.Names);
        file.Tokens = Sorted(shared.Tokens);
        file.Streets = Sorted(shared.Streets);
        return file;
    }

    public LinkModel ToModel()
    {
        var m = new double[ComparisonFields.Count][];
        var u = new double[ComparisonFields.Count][];
        foreach (var f in ComparisonFields.All)
        {
            var n = ComparisonFields.LevelCount(f);
            m[(int)f] = new double[n];
            u[(int)f] = new double[n];
            if (!Levels.TryGetValue(ComparisonFields.Token(f), out var levels))
            {
                throw new JsonException($"model mist het veld {ComparisonFields.Token(f)}");
            }
            for (var l = 1; l < n; l++)
            {
                if (!levels.TryGetValue(ComparisonFields.LevelToken(f, l), out var mu) || mu.Length != 2
                    || !(mu[0] > 0 && mu[0] <= 1) || !(mu[1] > 0 && mu[1] <= 1))
                {
                    throw new JsonException($"model: ongeldige m/u voor {ComparisonFields.Token(f)}.{ComparisonFields.LevelToken(f, l)}");
                }
                m[(int)f][l] = mu[0];
                u[(int)f][l] = mu[1];
            }
        }
        if (!(Lambda > 0 && Lambda < 1))
        {
            throw new JsonException("model: ongeldige a-priorikans (lambda)");
        }
        return new LinkModel(Lambda, m, u, new TermFrequencies(Subjects, new(Names, StringComparer.Ordinal),
            new(Tokens, StringComparer.Ordinal), new(Streets, StringComparer.Ordinal)), Fit);
    }

    private static Dictionary<string, int> Sorted(IReadOnlyDictionary<string, int> d)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (k, v) in d.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            result[k] = v;
        }
        return result;
    }
}
