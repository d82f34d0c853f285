using Schakel.Core.Ads;

namespace Schakel.UnitTests.Ads;

public class TextAnalysisTests
{
    private static TokenizedText Tokens(string title, string text) => Tokenizer.Tokenize(title, text, new Vocabulary());

    [Theory]
    [InlineData("Hoi, ik ben Anna!", "anna")]
    [InlineData("my name is kim", "kim")]
    [InlineData("Ik ben de sexy Nina uit Polen", "nina")]
    [InlineData("Hi guys, I'm Roxy 😘", "roxy")]
    public void Names_are_taken_from_introductions(string text, string expected) =>
        NameExtractor.Extract(Tokens("", text)).ShouldBe([expected]);

    [Theory]
    [InlineData("Ik ben nieuw in de stad")]
    [InlineData("I am available 24/7, call me or text")]
    [InlineData("ik ben anna")]
    public void Lower_case_words_after_weak_introductions_are_not_names(string text) =>
        NameExtractor.Extract(Tokens("", text)).ShouldBeEmpty();

    [Fact]
    public void Near_identical_texts_have_high_similarity_and_unrelated_low()
    {
        var a = MinHasher.Sign(Tokens("Anna in Zwolle", TestAds.LongText))!;
        var b = MinHasher.Sign(Tokens("Kim in Kampen", TestAds.LongText.Replace("centrum", "station", StringComparison.Ordinal)))!;
        var c = MinHasher.Sign(Tokens("Lady", "Sweet open minded lady from Spain waiting for you in a private room with a jacuzzi, champagne and music; gentlemen only."))!;
        MinHasher.Similarity(a, b).ShouldBeGreaterThan(0.8);
        MinHasher.Similarity(a, c).ShouldBeLessThan(0.2);
    }

    [Fact]
    public void Short_texts_get_no_signature() => MinHasher.Sign(Tokens("", "Bel me")).ShouldBeNull();

    [Fact]
    public void Near_duplicate_finder_pairs_edited_copies_only()
    {
        var texts = new[]
        {
            TestAds.LongText,
            TestAds.LongText.Replace("Welkom", "Hallo", StringComparison.Ordinal).Replace("half uur", "uur", StringComparison.Ordinal),
            "Sweet open minded lady from Spain waiting for you in a private room with a jacuzzi, champagne and music; gentlemen only.",
            "Stoere vrouw met tatoeages en piercings, houdt van motoren en rockmuziek. Bel voor een afspraak in het weekend.",
        };
        var signatures = texts.Select(t => MinHasher.Sign(Tokens("", t))).ToList();
        NearDuplicateFinder.FindPairs(signatures, 0.8).ShouldBe([(0, 1)]);
    }

    [Fact]
    public void Phrase_lexicon_matches_whole_words_only()
    {
        var vocabulary = new Vocabulary();
        var lexicon = new PhraseLexicon(vocabulary);
        lexicon.Add("ao", 3);
        lexicon.Add("zonder condoom", 5);
        lexicon.Match(Tokenizer.Tokenize("", "chaos", vocabulary)).ShouldBe(0UL);
        lexicon.Match(Tokenizer.Tokenize("", "AO, ook Zónder condoom", vocabulary)).ShouldBe((1UL << 3) | (1UL << 5));
    }
}
