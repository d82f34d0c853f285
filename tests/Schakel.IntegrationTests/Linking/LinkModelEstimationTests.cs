using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Linking;
using Schakel.Testing;
using Schakel.Web.Features.Linking;
using Schakel.Web.Features.Linking.Models;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Linking;

/// <summary>Each region learns its own model, versioned; candidate scores follow the latest model, decided ones keep theirs.</summary>
public sealed class LinkModelEstimationTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string ChainDirector = "ketenregisseur@demo.schakel.nl";

    [Fact]
    public async Task Estimation_stores_versions_rescores_candidates_keeps_decided_links_and_gives_each_region_its_own_model()
    {
        var ijsselland = await RegionAsync("Zwolle");
        (await factory.WithAsync(db => db.Set<LinkModelVersion>().CountAsync())).ShouldBe(0);

        // Before any estimation the shipped model scores, and the link says so.
        var (a, b) = await PairAsync("Ommen", "Zwolle", "Radu Ionescu", "06-98765432");
        var candidate = (await LinkAsync(a, b)).ShouldNotBeNull();
        candidate.ModelId.ShouldBe(DefaultModel.Instance.Id);
        var (c, d) = await PairAsync("Dalfsen", "Raalte", "Ilona Kowalczyk", "06-11223344");
        var decided = (await LinkAsync(c, d)).ShouldNotBeNull();
        var chain = await WebSession.SignedInAsync(factory, ChainDirector);
        (await chain.PostFormAsync("/koppelen?handler=Decide", new()
        {
            ["linkId"] = decided.Id.ToString(), ["version"] = decided.Version.ToString(), ["decision"] = "Confirmed", ["reason"] = "Zelfde nummer, nagevraagd bij de AF.",
        }, formPage: "/koppelen")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        decided = (await LinkAsync(c, d)).ShouldNotBeNull();

        var first = await EstimateAsync(ijsselland);
        first.Stored.ShouldBeTrue();
        var v1 = first.Active.ShouldNotBeNull();
        v1.Number.ShouldBe(1);
        v1.ModelId.ShouldNotBe(DefaultModel.Instance.Id);
        v1.Subjects.ShouldBe(await factory.WithAsync(db => RegionModels.SignalsOf(db, ijsselland).SelectMany(s => s.Subjects).CountAsync()));
        first.Rescored.ShouldBeGreaterThan(0);
        await ShouldBeScoredWithAsync(a, b, v1);

        // Nothing changed: no new version.
        var again = await EstimateAsync(ijsselland);
        again.Stored.ShouldBeFalse();
        again.Active!.Number.ShouldBe(1);

        // A new signal is scored live with the region's active model.
        var (e, f) = await PairAsync("Kampen", "Deventer", "Olga Petrenko", "06-55667788");
        (await LinkAsync(e, f)).ShouldNotBeNull().ModelId.ShouldBe(v1.ModelId);

        var second = await EstimateAsync(ijsselland);
        second.Stored.ShouldBeTrue();
        var v2 = second.Active.ShouldNotBeNull();
        v2.Number.ShouldBe(2);
        v2.ModelId.ShouldNotBe(v1.ModelId);
        await ShouldBeScoredWithAsync(a, b, v2);
        await ShouldBeScoredWithAsync(e, f, v2);
        var kept = (await LinkAsync(c, d)).ShouldNotBeNull();
        kept.Status.ShouldBe(LinkStatus.Confirmed);
        kept.ModelId.ShouldBe(DefaultModel.Instance.Id);
        kept.Score.ShouldBe(decided.Score);
        kept.Version.ShouldBe(decided.Version);

        // Twente learns from its own people only and gets its own version 1.
        await SecondRegion.EnsureAsync(factory);
        var twente = await RegionAsync("Enschede");
        var (g, h) = await PairAsync("Enschede", "Hengelo", "Mihai Popescu", "06-99887766");
        (await LinkAsync(g, h)).ShouldNotBeNull().ModelId.ShouldBe(DefaultModel.Instance.Id);
        var t1 = (await EstimateAsync(twente)).Active.ShouldNotBeNull();
        t1.Number.ShouldBe(1);
        t1.RegionId.ShouldBe(twente);
        t1.ModelId.ShouldNotBe(v2.ModelId);
        t1.Subjects.ShouldBe(await factory.WithAsync(db => RegionModels.SignalsOf(db, twente).SelectMany(s => s.Subjects).CountAsync()));
        await ShouldBeScoredWithAsync(g, h, t1);
        (await factory.WithAsync(async db => await RegionModels.ActiveAsync(db, ijsselland, default))).Id.ShouldBe(v2.ModelId);

        // Every estimation is on record: new versions as created, unchanged ones as updated.
        var audit = await factory.WithAsync(db => db.AuditEntries.Where(x => x.RecordType == "LinkModel").ToListAsync());
        audit.Count(x => x.Action == Schakel.Core.Audit.AuditAction.Create).ShouldBe(3);
        audit.Count(x => x.Action == Schakel.Core.Audit.AuditAction.Update).ShouldBe(1);
    }

    private async Task<EstimationOutcome> EstimateAsync(int region)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ModelEstimation>().EstimateAsync(region, null, default);
    }

    /// <summary>The stored score is the one the version's model gives the two stored persons now.</summary>
    private async Task ShouldBeScoredWithAsync(int a, int b, LinkModelVersion version)
    {
        var link = (await LinkAsync(a, b)).ShouldNotBeNull();
        link.ModelId.ShouldBe(version.ModelId);
        var expected = await factory.WithAsync(async db =>
        {
            var model = LinkModel.FromJson(await db.Set<LinkModelVersion>().Where(v => v.Id == version.Id).Select(v => v.Json).SingleAsync());
            var subjects = await db.Subjects.Where(s => s.Id == a || s.Id == b).OrderBy(s => s.Id).ToListAsync();
            return Math.Round(model.Score(SubjectRecords.Features(subjects[0]), SubjectRecords.Features(subjects[1])).Score, 4);
        });
        link.Score.ShouldBe(expected);
    }

    private Task<int> RegionAsync(string municipality) =>
        factory.WithAsync(db => db.Organisations.Where(o => o.Name == municipality).Select(o => o.RegionId).SingleAsync());

    private async Task<(int, int)> PairAsync(string municipalityA, string municipalityB, string name, string phone)
    {
        var a = await FileAsync(municipalityA, new { role = "victim", fullName = name, phones = new[] { phone } });
        var b = await FileAsync(municipalityB, new { role = "victim", fullName = name, phones = new[] { phone.Replace("-", " ", StringComparison.Ordinal) } });
        return (a, b);
    }

    private async Task<int> FileAsync(string municipality, object subject)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await factory.ApiKeyAsync());
        var response = await client.PostAsJsonAsync("/api/v1/signals", new
        {
            clientId = Guid.NewGuid().ToString("N"), melderType = "ZORG", observedOn = "2026-11-01", municipality, forms = new[] { "ARBEID" },
            description = "Werknemers wonen in een bedrijfspand en betalen een schuld af aan de bemiddelaar.", subjects = new[] { subject },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        return await factory.WithAsync(db => db.Subjects.Where(s => db.Signals.Any(g => g.Id == s.SignalId && g.Reference == reference)).Select(s => s.Id).SingleAsync());
    }

    private Task<SubjectLink?> LinkAsync(int a, int b) =>
        factory.WithAsync(db => db.Set<SubjectLink>().AsNoTracking().SingleOrDefaultAsync(l => l.SubjectAId == Math.Min(a, b) && l.SubjectBId == Math.Max(a, b)));
}
