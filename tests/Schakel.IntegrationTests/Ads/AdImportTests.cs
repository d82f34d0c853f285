using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Testing;
using Schakel.Web.Features.Ads;

namespace Schakel.IntegrationTests.Ads;

/// <summary>Import through the upload form: the report per line, de-duplication across imports, and all-or-nothing storage.</summary>
public sealed class AdImportTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Riec = "riec@demo.schakel.nl";

    [Fact]
    public async Task Bad_lines_are_reported_with_their_reason_and_the_rest_is_imported()
    {
        var p = AdUploads.Prefix();
        var future = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd");
        var csv = new StringBuilder();
        csv.Append(AdUploads.Header).Append('\n');
        csv.Append($"{p}-1,2026-10-01,Zwolle,06-11112201,,Anna,\"Hoi ik ben Anna {p}, lief en zacht.\",80,25,f{p}1\n");            // line 2: good
        csv.Append($"{p}-2,2026-10-02,Zwolle,06-11112202,,Bea,\"text\"oops,80,25,\n");                                                  // line 3: malformed CSV
        csv.Append($"{p}-3,2026-10-03,Zwolle,06-11112203\n");                                                                         // line 4: too few columns
        csv.Append($"{p}-4,2026-10-04,Kampen,06-11112204,,Cleo,\"Cleo {p} is er voor jou\",-50,3,\n");                                  // line 5: negative price, age 3
        csv.Append($"{p}-5,{future},Deventer,06-11112205,,Dora,\"Dora {p} nieuw hier\",90,30,\n");                                      // line 6: date in the future
        var bytes = Encoding.UTF8.GetBytes(csv.ToString()).ToList();
        // Line 7 is Latin-1, not UTF-8: "café" with a bare 0xE9.
        bytes.AddRange(Encoding.ASCII.GetBytes($"{p}-6,2026-10-06,Zwolle,06-11112206,,Caf"));
        bytes.Add(0xE9);
        bytes.AddRange(Encoding.ASCII.GetBytes($",\"Ellen {p}\",70,30,\n"));

        var session = await WebSession.SignedInAsync(factory, Riec);
        var response = await AdUploads.UploadAsync(session, bytes.ToArray(), "verzameling.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        AdUploads.Count(html, "imported").ShouldBe(3);
        AdUploads.Count(html, "rejected").ShouldBe(3);
        AdUploads.Count(html, "duplicates").ShouldBe(0);
        html.ShouldContain("ongeldige CSV");
        html.ShouldContain("verkeerd aantal kolommen");
        html.ShouldContain("geen geldige UTF-8");
        html.ShouldContain("price:");
        html.ShouldContain("age_claimed:");
        html.ShouldContain("posted_at:");

        var stored = await factory.WithAsync(db => db.Set<StoredAd>().Where(a => a.AdId.StartsWith(p)).OrderBy(a => a.AdId).ToListAsync());
        stored.Select(a => a.AdId).ShouldBe([$"{p}-1", $"{p}-4", $"{p}-5"]);
        var cleo = stored.Single(a => a.AdId == $"{p}-4");
        cleo.Price.ShouldBeNull();
        cleo.AgeClaimed.ShouldBeNull();
        stored.Single(a => a.AdId == $"{p}-5").PostedAt.ShouldBeNull();
        stored.ShouldAllBe(a => a.ProfileVersion != null && a.ScoredAt != null);
    }

    [Fact]
    public async Task The_same_ad_imported_again_is_counted_as_duplicate_also_under_another_ad_id()
    {
        var p = AdUploads.Prefix();
        var first = $"{AdUploads.Header}\n{p}-1,2026-10-01,Zwolle,06-11113301,,Anna,\"Hoi ik ben Anna {p}.\",80,25,\n{p}-2,2026-10-02,Kampen,06-11113302,,Bo,\"Bo {p} hier.\",80,25,\n";
        var session = await WebSession.SignedInAsync(factory, Riec);
        var html = WebUtility.HtmlDecode(await (await AdUploads.UploadAsync(session, Encoding.UTF8.GetBytes(first), "a.csv")).Content.ReadAsStringAsync());
        AdUploads.Count(html, "imported").ShouldBe(2);

        // Same file again, plus the first ad collected a second time under another id with different spacing and case.
        var again = first + $"{p}-1b,2026-10-01,zwolle,+31 6 1111 3301,,ANNA,\"hoi ik ben  anna {p}\",80,25,\n";
        html = WebUtility.HtmlDecode(await (await AdUploads.UploadAsync(session, Encoding.UTF8.GetBytes(again), "b.csv")).Content.ReadAsStringAsync());
        AdUploads.Count(html, "imported").ShouldBe(0);
        AdUploads.Count(html, "duplicates").ShouldBe(3);
        html.ShouldContain($"zelfde advertentie als ad_id {p}-1");
        // The report names the line of each duplicate: the re-collected ad is line 4 of the second file.
        html.ShouldMatch($@">4</td>\s*<td class=""utrecht-table__cell"">{p}-1b</td>");
        (await factory.WithAsync(db => db.Set<StoredAd>().CountAsync(a => a.AdId.StartsWith(p)))).ShouldBe(2);
    }

    [Fact]
    public async Task An_ad_id_seen_before_with_other_content_is_rejected()
    {
        var p = AdUploads.Prefix();
        var session = await WebSession.SignedInAsync(factory, Riec);
        await AdUploads.UploadAsync(session, Encoding.UTF8.GetBytes($"{AdUploads.Header}\n{p}-1,2026-10-01,Zwolle,06-11114401,,A,\"Eerste {p}\",80,25,\n"), "a.csv");
        var html = WebUtility.HtmlDecode(await (await AdUploads.UploadAsync(session, Encoding.UTF8.GetBytes($"{AdUploads.Header}\n{p}-1,2026-10-01,Zwolle,06-11114401,,A,\"Andere tekst {p}\",80,25,\n"), "b.csv")).Content.ReadAsStringAsync());
        AdUploads.Count(html, "rejected").ShouldBe(1);
        html.ShouldContain("eerder geïmporteerd met andere inhoud");
        (await factory.WithAsync(db => db.Set<StoredAd>().Where(a => a.AdId == $"{p}-1").Select(a => a.Text).SingleAsync())).ShouldBe($"Eerste {p}");
    }

    [Fact]
    public async Task A_json_file_is_imported_with_the_same_report()
    {
        var p = AdUploads.Prefix();
        var json = $$"""
            [
              {"ad_id": "{{p}}-1", "posted_at": "2026-10-01", "city": "Deventer", "phone": "06-11115501", "title": "Eva", "text": "Eva {{p}} lief", "price": 90, "age_claimed": 24},
              {"ad_id": "{{p}}-2", "city": "Deventer", "price": {"amount": 5} },
              {"ad_id": "", "city": "Zwolle"},
              {"ad_id": "{{p}}-3", "city": "Zwolle", "text": "Fenna {{p}}", "age_claimed": 3}
            ]
            """;
        var session = await WebSession.SignedInAsync(factory, Riec);
        var response = await AdUploads.UploadAsync(session, Encoding.UTF8.GetBytes(json), "ads.json");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        AdUploads.Count(html, "imported").ShouldBe(2);
        AdUploads.Count(html, "rejected").ShouldBe(2);
        html.ShouldContain("price: verwacht tekst of een getal");
        html.ShouldContain("ad_id is leeg");
        (await factory.WithAsync(db => db.Set<StoredAd>().Where(a => a.AdId == $"{p}-1").Select(a => a.Price).SingleAsync())).ShouldBe(90m);
    }

    [Fact]
    public async Task A_file_without_the_expected_header_is_refused_with_a_message_and_nothing_is_stored()
    {
        var session = await WebSession.SignedInAsync(factory, Riec);
        var before = await factory.WithAsync(db => db.Set<StoredAd>().CountAsync());
        var response = await AdUploads.UploadAsync(session, Encoding.UTF8.GetBytes("id,stad\n1,Zwolle\n"), "fout.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("ontbrekende kolommen");
        (await factory.WithAsync(db => db.Set<StoredAd>().CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task A_failure_while_storing_leaves_nothing_of_the_file_behind()
    {
        // A fresh database of its own: the broken profile below would otherwise break the other tests' imports.
        using var own = new SchakelFactory();
        _ = own.Server;
        var before = await own.WithAsync(db => db.Set<StoredAd>().CountAsync());
        await own.WithAsync(async db =>
        {
            // A stored profile that no longer validates makes the rescoring fail after the ads were written.
            db.Set<AdProfileVersion>().Add(new AdProfileVersion { Version = "kapot", Json = "{\"version\":\"kapot\",\"indicators\":[{\"code\":\"x\"}]}" });
            return await db.SaveChangesAsync();
        });
        var p = AdUploads.Prefix();
        await using (var scope = own.Services.CreateAsyncScope())
        {
            var screening = scope.ServiceProvider.GetRequiredService<AdScreening>();
            var csv = $"{AdUploads.Header}\n{p}-1,2026-10-01,Zwolle,06-11116601,,A,\"A {p}\",80,25,\n{p}-2,2026-10-02,Zwolle,06-11116602,,B,\"B {p}\",80,25,\n";
            await Should.ThrowAsync<Exception>(() => screening.ImportAsync(Encoding.UTF8.GetBytes(csv), "a.csv", null, CancellationToken.None));
        }
        (await own.WithAsync(db => db.Set<StoredAd>().CountAsync())).ShouldBe(before);
        (await own.WithAsync(db => db.Set<AdImportBatch>().CountAsync(b => b.FileName == "a.csv"))).ShouldBe(0);
    }
}
