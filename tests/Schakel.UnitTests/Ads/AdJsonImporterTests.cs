using Schakel.Core.Ads;

namespace Schakel.UnitTests.Ads;

public sealed class AdJsonImporterTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Reads_an_array_of_objects_with_strings_and_numbers()
    {
        var result = AdJsonImporter.Import("""
            [{"ad_id": "a1", "posted_at": "2026-11-01", "city": "Zwolle", "phone": "06-12345678", "handle": "@Anna_X",
              "title": "Anna", "text": "Hoi", "price": 80, "age_claimed": "19", "photo_hash": "ABC", "extra": true}]
            """, Now);
        result.FatalError.ShouldBeNull();
        result.Issues.ShouldBeEmpty();
        var ad = result.Ads.ShouldHaveSingleItem();
        ad.AdId.ShouldBe("a1");
        ad.Phone.ShouldBe("+31612345678");
        ad.Handle.ShouldBe("anna_x");
        ad.Price.ShouldBe(80m);
        ad.AgeClaimed.ShouldBe(19);
        ad.PhotoHash.ShouldBe("abc");
        ad.PostedAt.ShouldBe(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Reads_an_object_with_an_ads_array_and_treats_missing_and_null_fields_as_empty()
    {
        var result = AdJsonImporter.Import("""{"ads": [{"ad_id": "a1", "city": null}]}""", Now);
        var ad = result.Ads.ShouldHaveSingleItem();
        ad.City.ShouldBeNull();
        ad.Phone.ShouldBeNull();
        ad.Title.ShouldBe("");
    }

    [Fact]
    public void Reports_each_bad_item_by_its_number_and_keeps_the_rest()
    {
        var result = AdJsonImporter.Import("""
            [
              {"ad_id": "ok", "price": -5, "age_claimed": 3, "posted_at": "2099-01-01"},
              "not an object",
              {"ad_id": "x", "text": {"nested": 1}},
              {"city": "Zwolle"},
              {"ad_id": "x2", "phone": true}
            ]
            """, Now);
        result.Ads.Select(a => a.AdId).ShouldBe(["ok"]);
        result.Lines.ShouldBe([1]);
        var ok = result.Ads[0];
        ok.Price.ShouldBeNull();
        ok.AgeClaimed.ShouldBeNull();
        ok.PostedAt.ShouldBeNull();
        result.Issues.Where(i => i.Line == 1).Select(i => i.Kind).ShouldAllBe(k => k == ImportIssueKind.FieldIgnored);
        result.Issues.Count(i => i.Line == 1).ShouldBe(3);
        result.Issues.Single(i => i.Line == 2).Message.ShouldBe("geen object met advertentievelden");
        result.Issues.Single(i => i.Line == 3).Message.ShouldBe("text: verwacht tekst of een getal");
        result.Issues.Single(i => i.Line == 4).Message.ShouldBe("ad_id is leeg");
        result.Issues.Single(i => i.Line == 5).Kind.ShouldBe(ImportIssueKind.Rejected);
    }

    [Fact]
    public void Applies_the_same_duplicate_policy_as_the_csv_importer()
    {
        var result = AdJsonImporter.Import("""
            [{"ad_id": "a", "text": "x"}, {"ad_id": "a", "text": "x"}, {"ad_id": "b", "text": "1"}, {"ad_id": "b", "text": "2"}]
            """, Now);
        result.Ads.Select(a => a.AdId).ShouldBe(["a"]);
        result.DuplicatesDropped.ShouldBe(1);
        result.Issues.Count(i => i.AdId == "b" && i.Kind == ImportIssueKind.Rejected).ShouldBe(2);
    }

    [Fact]
    public void A_number_outside_the_numbering_plan_or_a_handle_with_spaces_is_ignored_with_the_reason_and_the_ad_kept()
    {
        var result = AdCsvImporter.Import("ad_id,posted_at,city,phone,handle,title,text,price,age_claimed,photo_hash\n"
            + "a,,Zwolle,06-71234567,lisa nl,,tekst,,,\n"
            + "b,,Zwolle,+48 601 234 567,@Lisa_NL,,tekst,,,\n", Now);
        result.Ads.Select(a => (a.AdId, a.Phone, a.Handle)).ShouldBe([("a", null, null), ("b", "+48601234567", "lisa_nl")]);
        result.Issues.Where(i => i.Kind == ImportIssueKind.FieldIgnored).Select(i => (i.AdId, i.Message)).ShouldBe(
        [
            ("a", "phone: telefoonnummer '06-71234567' bestaat niet in het nummerplan van landcode +31"),
            ("a", "handle: handle 'lisa nl' bevat spaties"),
        ]);
    }

    [Fact]
    public void The_csv_importer_gives_each_ad_its_line_too_also_after_a_multi_line_field()
    {
        var result = AdCsvImporter.Import("ad_id,posted_at,city,phone,handle,title,text,price,age_claimed,photo_hash\n"
            + "a,,,,,,\"twee\nregels\",,,\n"
            + "b,,,,,,kapot\"veld,,,\n"
            + "c,,,,,,,,,\n", Now);
        result.Ads.Select(a => a.AdId).ShouldBe(["a", "c"]);
        result.Lines.ShouldBe([2, 5]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"ads\": 5}")]
    [InlineData("[{\"ad_id\": \"a\"")]
    [InlineData("42")]
    public void Unusable_json_is_a_fatal_error_in_Dutch(string json)
    {
        var result = AdJsonImporter.Import(json, Now);
        result.FatalError.ShouldNotBeNull();
        result.Ads.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("[{}]", true)]
    [InlineData("\uFEFF  {\"ads\": []}", true)]
    [InlineData("ad_id,posted_at", false)]
    [InlineData("", false)]
    public void Tells_json_from_csv_by_its_first_character(string content, bool json) =>
        AdJsonImporter.LooksLikeJson(content).ShouldBe(json);
}
