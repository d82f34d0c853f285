using Schakel.Core.Linking;
using Schakel.Testing.Linking;
using static Schakel.UnitTests.Linking.Subjects;

namespace Schakel.UnitTests.Linking;

public class LinkEngineTests
{
    [Fact]
    public void Pairs_are_ordered_distinct_and_sorted()
    {
        var links = LinkEngine.FindLinks([
            Of("z9", "Jan de Vries", "1990-03-14"),
            Of("a1", "de Vries, Jan", "14-03-1990"),
            Of("m5", "Jan de Vries", "14/3/1990"),
        ]);
        links.Select(l => (l.A, l.B)).ShouldBe([("a1", "m5"), ("a1", "z9"), ("m5", "z9")]);
        links.ShouldAllBe(l => string.CompareOrdinal(l.A, l.B) < 0);
    }

    [Fact]
    public void Rows_with_one_subject_id_are_one_subject()
    {
        var links = LinkEngine.FindLinks([
            Of("s1", "Jan de Vries", phone: "0612345678"),
            Of("s1", "Jan de Vries", "1990-03-14"),
            Of("s2", "Vries, Jan de", "14-03-1990"),
        ]);
        var link = links.ShouldHaveSingleItem();
        (link.A, link.B).ShouldBe(("s1", "s2"));
        link.IsProposed.ShouldBeTrue();
    }

    [Fact]
    public void Merged_identifiers_of_a_subject_all_count()
    {
        var links = LinkEngine.FindLinks([
            Of("s1", phone: "0612345678"),
            Of("s1", email: "x@ziggo.nl"),
            Of("s2", email: "X@Ziggo.nl"),
        ]);
        links.ShouldHaveSingleItem().Reasons.ShouldBe(["email"]);
    }

    [Fact]
    public void Labour_migrant_house_does_not_link_its_residents()
    {
        string[] first = ["Piotr", "Anna", "Andrei", "Elena", "Georgi", "Maria", "Tomasz", "Ioana", "Ivan", "Ewa"];
        string[] last = ["Nowak", "Kowalski", "Popescu", "Ivanov", "Mazur", "Stan"];
        var records = Enumerable.Range(0, 60)
            .Select(i => Of($"w{i:D2}", $"{first[i % 10]} {last[i / 10]}", street: "Industrieweg", number: "5", postcode: "8011AB", city: "Zwolle"))
            .ToList();
        LinkEngine.FindLinks(records).ShouldAllBe(l => l.Score < 0.5);
    }

    [Fact]
    public void Oversized_blocks_are_skipped_but_precise_keys_still_find_duplicates()
    {
        var records = Enumerable.Range(0, 150)
            .Select(i => Of($"w{i:D3}", $"Jan{i} Nowak{i}", street: "Industrieweg", number: "5", postcode: "8011AB"))
            .ToList();
        records.Add(Of("x1", "Piotr Kowalski", street: "Industrieweg", number: "5", postcode: "8011AB"));
        records.Add(Of("x2", "Kowalski, Piotr", street: "Industriewg", number: "5", postcode: "8011 ab"));
        // The rest of the region, so that the learned model knows how rare a shared address is.
        records.AddRange(SyntheticSignals.Generate(2_000, seed: 11).Records);
        var result = LinkEngine.Run(records);
        result.SkippedBlocks.ShouldBeGreaterThan(0);
        result.Links.Where(l => l.IsProposed && (l.A.StartsWith('w') || l.A.StartsWith('x'))).Select(l => (l.A, l.B)).ShouldBe([("x1", "x2")]);
    }

    [Fact]
    public void Output_does_not_depend_on_input_order_or_threads()
    {
        var data = SyntheticSignals.Generate(1500, seed: 3).Records;
        var first = Render(LinkEngine.Run(data).Links);
        Render(LinkEngine.Run(data).Links).ShouldBe(first);
        var shuffled = data.ToList();
        var rng = new Random(5);
        for (var i = shuffled.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }
        Render(LinkEngine.Run(shuffled, new LinkOptions { MaxDegreeOfParallelism = 1 }).Links).ShouldBe(first);
    }

    [Fact]
    public void Unreadable_fields_become_warnings_not_rejections()
    {
        var result = LinkEngine.Run([Of("a", "Jan de Vries", "31-02-1990", phone: "onbekend"), Of("b", "Jan de Vries", "1990-02-13")]);
        result.Warnings.Select(w => w.RecordIndex).ShouldBe([0, 0]);
        result.Warnings.ShouldContain(w => w.Message.Contains("geboortedatum"));
        result.Subjects.ShouldBe(2);
    }

    [Fact]
    public void Empty_input_gives_no_links() => LinkEngine.FindLinks([]).ShouldBeEmpty();

    private static string Render(IReadOnlyList<CandidateLink> links) =>
        string.Join('\n', links.Select(l => $"{l.A},{l.B},{l.Score:0.0000},{string.Join(';', l.Reasons)}"));
}

public class LinkQualityTests
{
    [Fact]
    public void Synthetic_set_reaches_F1_of_0_9()
    {
        var data = SyntheticSignals.Generate(2000, seed: 2024);
        var quality = LinkQuality.Evaluate(LinkEngine.FindLinks(data.Records), data.TruePairs);
        quality.F1.ShouldBeGreaterThanOrEqualTo(0.9);
        quality.Precision.ShouldBeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Generator_is_deterministic()
    {
        var a = SyntheticSignals.Generate(500, seed: 9);
        var b = SyntheticSignals.Generate(500, seed: 9);
        b.Records.ShouldBe(a.Records);
        b.TruePairs.SetEquals(a.TruePairs).ShouldBeTrue();
    }
}
