using System.Text.Json;
using Schakel.Core.Care;

namespace Schakel.Web.Features.Care;

/// <summary>
/// Where the shelter decision tree comes from: a JSON file named by <c>Care:ShelterTreeFile</c> (relative to the
/// application's content root), else an inline <c>Care:ShelterTree</c> section, else the shipped default. A configured
/// tree is checked at start; any problem stops the start with every problem listed.
/// </summary>
public static class ShelterTreeSource
{
    public const string FileKey = "Care:ShelterTreeFile";
    public const string SectionKey = "Care:ShelterTree";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonSerializerOptions Indented = new(Json) { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public static ShelterTree Load(IConfiguration configuration)
    {
        if (configuration[FileKey] is { Length: > 0 } file)
        {
            var root = configuration[HostDefaults.ContentRootKey] ?? Directory.GetCurrentDirectory();
            var path = Path.GetFullPath(file, root);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"Beslisboom opvang: het bestand '{path}' ({FileKey}) bestaat niet.");
            }
            ShelterTreeDocument? document;
            try
            {
                document = JsonSerializer.Deserialize<ShelterTreeDocument>(File.ReadAllText(path), Json);
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException($"Beslisboom opvang: '{path}' is geen geldige JSON ({e.Message}).", e);
            }
            return Checked(document ?? new ShelterTreeDocument(), path);
        }
        var section = configuration.GetSection(SectionKey);
        return section.Exists() ? Checked(section.Get<ShelterTreeDocument>() ?? new ShelterTreeDocument(), SectionKey) : ShelterTree.Default;
    }

    /// <summary>Parses and checks a tree in JSON, e.g. for a test or a command that validates a file before deployment.</summary>
    public static ShelterTree Parse(string json, string source) =>
        Checked(JsonSerializer.Deserialize<ShelterTreeDocument>(json, Json) ?? new ShelterTreeDocument(), source);

    /// <summary>The tree as JSON in the shape <see cref="Load"/> reads, so the default can serve as a starting point.</summary>
    public static string ToJson(ShelterTree tree) => JsonSerializer.Serialize(ShelterTreeDocument.From(tree), Indented);

    private static ShelterTree Checked(ShelterTreeDocument document, string source)
    {
        var tree = document.ToTree();
        var problems = ShelterTreeValidator.Problems(tree);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"Beslisboom opvang uit {source} is ongeldig:{Environment.NewLine}- {string.Join(Environment.NewLine + "- ", problems)}");
        }
        return tree;
    }
}

// Settable classes so both System.Text.Json and the configuration binder fill them.
public sealed class ShelterTreeDocument
{
    public string? Start { get; set; }
    public List<QuestionDocument> Questions { get; set; } = [];
    public List<KindDocument> Kinds { get; set; } = [];

    public ShelterTree ToTree() => new(
        Start ?? "",
        Questions.Select(q => new ShelterQuestion(q.Id ?? "", q.Text ?? "", q.Answers.Select(a => new ShelterAnswer(a.Code ?? "", a.Label ?? "", Blank(a.Next), Blank(a.Recommend))).ToList())).ToList(),
        Kinds.Select(k => new ShelterKind(k.Code ?? "", k.Label ?? "")).ToList());

    public static ShelterTreeDocument From(ShelterTree tree) => new()
    {
        Start = tree.Start,
        Questions = tree.Questions.Select(q => new QuestionDocument
        {
            Id = q.Id, Text = q.Text,
            Answers = q.Answers.Select(a => new AnswerDocument { Code = a.Code, Label = a.Label, Next = a.Next, Recommend = a.Recommend }).ToList(),
        }).ToList(),
        Kinds = tree.Kinds.Select(k => new KindDocument { Code = k.Code, Label = k.Label }).ToList(),
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}

public sealed class QuestionDocument
{
    public string? Id { get; set; }
    public string? Text { get; set; }
    public List<AnswerDocument> Answers { get; set; } = [];
}

public sealed class AnswerDocument
{
    public string? Code { get; set; }
    public string? Label { get; set; }
    public string? Next { get; set; }
    public string? Recommend { get; set; }
}

public sealed class KindDocument
{
    public string? Code { get; set; }
    public string? Label { get; set; }
}
