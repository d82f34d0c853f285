using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.IntegrationTests.Ads;
using Schakel.Testing;
using Schakel.Web.Features.Ads;

namespace Schakel.IntegrationTests.Privacy;

public sealed class AdRetentionTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task Expired_ads_lose_phone_handle_and_texts_and_leave_every_cluster_while_followed_ads_wait_longer()
    {
        var p = AdUploads.Prefix();
        var phone = "06-" + Random.Shared.Next(20_000_000, 29_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var csv = $"{AdUploads.Header}\n"
            + $"{p}-1,2025-06-01,Zwolle,{phone},{p}_anna,Anna,\"Anna {p} nieuw in de stad.\",60,19,\n"
            + $"{p}-2,2025-06-03,Deventer,{phone},{p}_anna,Bella,\"Bella {p} 24/7 beschikbaar.\",60,20,\n"
            + $"{p}-3,2025-06-05,Kampen,{phone},,Cleo,\"Cleo {p} zij is beschikbaar.\",55,21,\n";
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        (await AdUploads.UploadAsync(riec, Encoding.UTF8.GetBytes(csv), "oud.csv")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.WithAsync(db => db.Set<StoredAdCluster>().CountAsync(c => c.Phones.Contains(phone.Substring(3))))).ShouldBeGreaterThan(0);

        await factory.WithAsync(async db =>
        {
            var ads = await db.Set<StoredAd>().Where(a => a.AdId.StartsWith(p)).ToListAsync();
            foreach (var batch in await db.Set<AdImportBatch>().Where(b => ads.Select(a => a.ImportId).Contains(b.Id)).ToListAsync())
            {
                batch.At = DateTimeOffset.UtcNow.AddDays(-400);
            }
            ads.Single(a => a.AdId == $"{p}-3").Stored(a => a.Outcome, AdOutcome.Monitor);
            return await db.SaveChangesAsync();
        });
        var followed = await factory.WithAsync(db => db.Set<StoredAd>().SingleAsync(a => a.AdId == $"{p}-3"));

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        (await fg.GetHtmlAsync("/privacy/bewaartermijnen")).ShouldContain("foto-hash worden verwijderd: 2.");
        (await fg.PostFormAsync("/privacy/bewaartermijnen", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var erased = await factory.WithAsync(db => db.Set<StoredAd>().Where(a => a.AnonymisedAt != null && a.ImportId == followed.ImportId).ToListAsync());
        erased.Count.ShouldBe(2);
        erased.ShouldAllBe(a => a.Phone == null && a.Handle == null && a.Text == "" && a.Title == "" && !a.AdId.StartsWith(p));
        erased.Select(a => a.City).OrderBy(c => c).ShouldBe(["Deventer", "Zwolle"]);
        var kept = await factory.WithAsync(db => db.Set<StoredAd>().SingleAsync(a => a.Id == followed.Id));
        kept.Phone.ShouldBe(followed.Phone);
        kept.AnonymisedAt.ShouldBeNull();

        // A cluster needs two ads; with the others erased no cluster holds the number or the handle any more.
        (await factory.WithAsync(db => db.Set<StoredAdCluster>().CountAsync(c => c.Phones.Contains(phone.Substring(3)) || c.Handles.Contains(p)))).ShouldBe(0);
        (await riec.Client.GetAsync($"/advertenties/{erased[0].Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.Erase && e.RecordType == "Ad" && e.Details!.StartsWith("2 advertentie")))).ShouldBe(1);
        (await fg.GetHtmlAsync("/privacy/bewaartermijnen")).ShouldContain("Er is nu niets op te schonen.");
    }
}
