using Schakel.Core.Linking;
using Schakel.Testing.Linking;
using static Schakel.UnitTests.Linking.Subjects;

namespace Schakel.UnitTests.Linking;

/// <summary>Each blocking rule brings together the pairs it is there for, and only the union decides what is compared.</summary>
public class BlockingRuleTests
{
    public static TheoryData<BlockKind, SubjectRecord, SubjectRecord> Pairs => new()
    {
        { BlockKind.Phone, Of("a", phone: "06-12345678"), Of("b", phone: "+31 6 1234 5678") },
        { BlockKind.Email, Of("a", email: "Lisa@Ziggo.nl"), Of("b", email: "lisa@ziggo.nl") },
        { BlockKind.Handle, Of("a", handle: "@lisa_x"), Of("b", handle: "instagram.com/lisa_x") },
        { BlockKind.Plate, Of("a", plate: "1-ABC-23"), Of("b", plate: "1abc23") },
        { BlockKind.Address, Of("a", postcode: "8011AB", number: "5"), Of("b", postcode: "8011 ab", number: "5") },
        { BlockKind.AddressName, Of("a", "Piotr Kowalski", postcode: "8011AB", number: "5"), Of("b", "Kowalski, Piotr", postcode: "8011AB", number: "5-2") },
        { BlockKind.NameYear, Of("a", "Anna Nowak", "1990"), Of("b", "Nowak Anna", "1990-02-03") },
        { BlockKind.DateName, Of("a", "Hasan Aydin", "1982-11-03"), Of("b", "Murat Aydin", "1982-03-11") },
        // Sound code of one token + first letter of the other: one typo elsewhere in the name still meets.
        { BlockKind.NameInitial, Of("a", "Imogen Louca"), Of("b", "Imoen Louca") },
        { BlockKind.NameInitial, Of("a", "Sophie Red"), Of("b", "Sophie Reid") },
        { BlockKind.NameInitial, Of("a", "Eline van Noorderstraat"), Of("b", "Elnie van Noorderstraat") },
        { BlockKind.NameInitial, Of("a", "J. Mol"), Of("b", "Jan Mol") },
        { BlockKind.FullName, Of("a", "Tesfay Gebremedhin"), Of("b", "Gebremedhin Tesfay") },
        { BlockKind.NameCity, Of("a", "Jan de Vries", city: "Zwolle"), Of("b", "Piet de Vries", city: "zwolle") },
        { BlockKind.DatePostcode, Of("a", "Lisa Jansen", "1995-06-20", postcode: "8011AB"), Of("b", "Petra Bos", "20-06-1995", postcode: "8011 XY") },
        { BlockKind.StreetNumber, Of("a", street: "Duncan Street", number: "245", postcode: "2673"), Of("b", street: "Duncan Street", number: "245", postcode: "2763") },
        { BlockKind.DateHouse, Of("a", "Kody White", "1930-06-09", number: "245", postcode: "2673"), Of("b", "Lilly Whyte", "1930-06-09", number: "245", postcode: "9999") },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Each_rule_brings_its_pairs_together(BlockKind kind, SubjectRecord a, SubjectRecord b)
    {
        Shared(a, b).ShouldContain(kind);
    }

    [Fact]
    public void Rules_do_not_bring_unrelated_people_together()
    {
        Shared(Of("a", "Jan de Vries", "1990-03-14", "06-12345678", street: "Kerkstraat", number: "12", postcode: "1234AB", city: "Zwolle"),
               Of("b", "Mehmet Yilmaz", "1971-09-30", "06-87654321", street: "Dorpsweg", number: "3", postcode: "9876ZX", city: "Kampen"))
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_rare_full_name_twice_in_one_municipality_is_compared()
    {
        // Nothing but the name: only the full-name and name+place rules can find this pair.
        var records = SyntheticSignals.Generate(2_000, seed: 12).Records.ToList();
        records.Add(Of("r1", "Wietske Zandbergen-Oosterhof", city: "Raalte"));
        records.Add(Of("r2", "Wietske Zandbergen-Oosterhof", city: "Raalte"));
        var result = LinkEngine.Run(records, new LinkOptions { MinScore = 0 });
        result.Links.ShouldContain(l => l.A == "r1" && l.B == "r2");
    }

    [Fact]
    public void The_union_of_rules_keeps_at_least_99_percent_of_true_pairs_on_FEBRL_1()
    {
        var data = FebrlFile.Read(Path.Combine(AppContext.BaseDirectory, "Linking", "Febrl", "dataset1.csv"));
        var result = LinkEngine.Run(data.Records, new LinkOptions { MinScore = 0 });
        LinkQuality.PairCompleteness(result.Links, data.TruePairs).ShouldBeGreaterThanOrEqualTo(0.99);
        // And it compares a tiny fraction of all pairs.
        result.PairsScored.ShouldBeLessThan(1_000L * 999 / 2 / 100);
    }

    private static IReadOnlyList<BlockKind> Shared(SubjectRecord a, SubjectRecord b)
    {
        var ka = new List<ulong>();
        var kb = new List<ulong>();
        BlockingKeys.Generate(FeatureExtractor.Extract(a, null), ka);
        BlockingKeys.Generate(FeatureExtractor.Extract(b, null), kb);
        return ka.Intersect(kb).Select(BlockingKeys.KindOf).Distinct().ToList();
    }
}
