using Microsoft.Extensions.Configuration;
using Schakel.Core.Care;
using Schakel.Web.Features.Care;

namespace Schakel.UnitTests.Care;

/// <summary>The shelter tree from configuration: the default when nothing is configured, a file or a section otherwise, refused at start when broken.</summary>
public sealed class ShelterTreeSourceTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("schakel-tree").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private static IConfiguration Config(Dictionary<string, string?> values) => new ConfigurationBuilder().AddInMemoryCollection(values).Build();

    private const string Small = """
        {
          // A region that only asks about age.
          "start": "age",
          "questions": [
            { "id": "age", "text": "Minderjarig?", "answers": [ { "code": "yes", "label": "Ja", "recommend": "Y" }, { "code": "no", "label": "Nee", "recommend": "A" } ] }
          ],
          "kinds": [ { "code": "Y", "label": "Jeugdzorg" }, { "code": "A", "label": "Ambulant" } ]
        }
        """;

    [Fact]
    public void Without_configuration_the_shipped_default_is_used()
    {
        ShelterTreeSource.Load(Config([])).ShouldBeSameAs(ShelterTree.Default);
    }

    [Fact]
    public void A_file_relative_to_the_content_root_replaces_the_default()
    {
        File.WriteAllText(Path.Combine(dir, "tree.json"), Small);
        var tree = ShelterTreeSource.Load(Config(new() { ["contentRoot"] = dir, [ShelterTreeSource.FileKey] = "tree.json" }));
        tree.Start.ShouldBe("age");
        ShelterAdvisor.Evaluate(tree, new Dictionary<string, string?> { ["age"] = "no" }).Recommended.ShouldBe("A");
        tree.KindLabel("Y").ShouldBe("Jeugdzorg");
    }

    [Fact]
    public void An_inline_configuration_section_replaces_the_default()
    {
        var tree = ShelterTreeSource.Load(Config(new()
        {
            ["Care:ShelterTree:Start"] = "q",
            ["Care:ShelterTree:Questions:0:Id"] = "q", ["Care:ShelterTree:Questions:0:Text"] = "Acuut?",
            ["Care:ShelterTree:Questions:0:Answers:0:Code"] = "yes", ["Care:ShelterTree:Questions:0:Answers:0:Label"] = "Ja", ["Care:ShelterTree:Questions:0:Answers:0:Recommend"] = "C",
            ["Care:ShelterTree:Questions:0:Answers:1:Code"] = "no", ["Care:ShelterTree:Questions:0:Answers:1:Label"] = "Nee", ["Care:ShelterTree:Questions:0:Answers:1:Recommend"] = "A",
            ["Care:ShelterTree:Kinds:0:Code"] = "C", ["Care:ShelterTree:Kinds:0:Label"] = "Crisis",
            ["Care:ShelterTree:Kinds:1:Code"] = "A", ["Care:ShelterTree:Kinds:1:Label"] = "Ambulant",
        }));
        ShelterAdvisor.Evaluate(tree, new Dictionary<string, string?> { ["q"] = "yes" }).Recommended.ShouldBe("C");
    }

    [Fact]
    public void The_default_written_as_json_reads_back_as_the_same_tree()
    {
        var json = ShelterTreeSource.ToJson(ShelterTree.Default);
        var tree = ShelterTreeSource.Parse(json, "test");
        tree.Start.ShouldBe(ShelterTree.Default.Start);
        tree.Kinds.ShouldBe(ShelterTree.Default.Kinds);
        tree.Questions.Select(q => (q.Id, q.Text, string.Join("|", q.Answers))).ShouldBe(ShelterTree.Default.Questions.Select(q => (q.Id, q.Text, string.Join("|", q.Answers))));
    }

    [Fact]
    public void A_missing_file_or_broken_json_stops_the_start_with_the_path()
    {
        Should.Throw<InvalidOperationException>(() => ShelterTreeSource.Load(Config(new() { ["contentRoot"] = dir, [ShelterTreeSource.FileKey] = "none.json" })))
            .Message.ShouldContain("none.json");
        File.WriteAllText(Path.Combine(dir, "bad.json"), "{ \"start\": ");
        Should.Throw<InvalidOperationException>(() => ShelterTreeSource.Load(Config(new() { ["contentRoot"] = dir, [ShelterTreeSource.FileKey] = "bad.json" })))
            .Message.ShouldContain("geen geldige JSON");
    }

    [Fact]
    public void A_tree_with_errors_stops_the_start_listing_every_problem()
    {
        var broken = Small.Replace("\"recommend\": \"A\"", "\"next\": \"missing\"").Replace("\"start\": \"age\"", "\"start\": \"begin\"");
        var message = Should.Throw<InvalidOperationException>(() => ShelterTreeSource.Parse(broken, "regio.json")).Message;
        message.ShouldContain("regio.json");
        message.ShouldContain("De startvraag 'begin' bestaat niet.");
        message.ShouldContain("Vraag 'age', antwoord 'no' verwijst naar onbekende vraag 'missing'.");
    }
}
