using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Audit;
using Schakel.Testing;
using Schakel.Web.Features.Linking;
using Schakel.Web.Features.Linking.Models;

namespace Schakel.IntegrationTests.Linking;

/// <summary>The model page and the score explanation: the own region's chain director only, in Dutch, on record.</summary>
public sealed partial class LinkModelPageTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string ChainDirector = "ketenregisseur@demo.schakel.nl";

    [Fact]
    public async Task The_chain_director_estimates_the_own_model_reads_it_in_Dutch_and_checks_a_score_step_by_step()
    {
        var version0 = await EnsureVersionAsync();
        var chain = await WebSession.SignedInAsync(factory, ChainDirector);
        var estimate = await chain.PostFormAsync("/koppelen/model?handler=Estimate", new(), formPage: "/koppelen/model");
        estimate.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var latest = await factory.WithAsync(db => db.Set<LinkModelVersion>().Where(v => v.RegionId == version0.RegionId).OrderByDescending(v => v.Number).FirstAsync());

        var page = await chain.GetHtmlAsync("/koppelen/model");
        page.ShouldContain("Koppelmodel van regio IJsselland");
        page.ShouldContain($"Versie {latest.Number} (actief)");
        page.ShouldContain(latest.ModelId);
        page.ShouldContain("Startkans (a-priori)");
        foreach (var label in new[] { "zelfde naam", "dag en maand omgewisseld", "zelfde pand, andere toevoeging", "zelfde vaste nummer (huishouden)", "Kenteken" })
        {
            page.ShouldContain(label);
        }
        page.ShouldContain("Nu opnieuw schatten");
        var chainUser = await factory.WithAsync(db => db.Users.Where(u => u.Email == ChainDirector).Select(u => u.Id).SingleAsync());
        var audit = await factory.WithAsync(db => db.AuditEntries.Where(e => e.RecordType == nameof(AuditRecordType.LinkModel) && e.UserId == chainUser).ToListAsync());
        audit.ShouldContain(e => e.Action == AuditAction.Read);
        // The button is on record whether or not the estimate changed.
        audit.ShouldContain(e => e.Action == AuditAction.Create || e.Action == AuditAction.Update);

        var link = await factory.WithAsync(db => db.Set<SubjectLink>().Where(l => l.Status == LinkStatus.Candidate && l.ModelId == latest.ModelId).OrderByDescending(l => l.Score).FirstAsync());
        (await chain.GetHtmlAsync($"/koppelen/persoon/{link.SubjectAId}")).ShouldContain($"href=\"/koppelen/koppeling/{link.Id}\"");
        var explained = await chain.GetHtmlAsync($"/koppelen/koppeling/{link.Id}");
        explained.ShouldContain("Startkans (a-priori)");
        explained.ShouldContain($"Berekend met model v{latest.Number} ({latest.ModelId}) van ");
        // The steps shown add up to the total shown, and the total is the stored score.
        var bits = Bits().Matches(explained).Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        bits.Count.ShouldBeGreaterThan(2);
        bits.SkipLast(1).Sum().ShouldBe(bits[^1], 0.05);
        (1 / (1 + Math.Pow(2, -bits[^1]))).ShouldBe(link.Score, 0.01);
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == nameof(AuditRecordType.SubjectLink) && e.RecordId == link.Id.ToString() && e.Action == AuditAction.Read)))
            .ShouldBe(1);
    }

    [Theory]
    [InlineData("af.zwolle@demo.schakel.nl")]
    [InlineData("politie@demo.schakel.nl")]
    [InlineData("bestuurder@demo.schakel.nl")]
    [InlineData("fg@demo.schakel.nl")]
    public async Task Other_roles_get_403_on_the_model_page_the_button_and_the_explanation(string email)
    {
        var version = await EnsureVersionAsync();
        var link = await factory.WithAsync(db => db.Set<SubjectLink>().OrderBy(l => l.Id).FirstAsync());
        var session = await WebSession.SignedInAsync(factory, email);
        foreach (var url in new[] { "/koppelen/model", $"/koppelen/model/{version.Id}", $"/koppelen/koppeling/{link.Id}" })
        {
            (await session.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }
        var before = await factory.WithAsync(db => db.Set<LinkModelVersion>().CountAsync());
        (await session.PostFormAsync("/koppelen/model?handler=Estimate", new(), formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithAsync(db => db.Set<LinkModelVersion>().CountAsync())).ShouldBe(before);
        (await WebSession.Anonymous(factory).GetAsync("/koppelen/model")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_chain_director_of_another_region_sees_only_the_own_model_and_not_this_regions_versions_or_pairs()
    {
        var version = await EnsureVersionAsync();
        await SecondRegion.EnsureAsync(factory);
        var link = await factory.WithAsync(db => db.Set<SubjectLink>().Where(l => l.ModelId == version.ModelId).OrderBy(l => l.Id).FirstAsync());
        var twente = await WebSession.SignedInAsync(factory, SecondRegion.ChainDirector);

        var own = await twente.GetHtmlAsync("/koppelen/model");
        own.ShouldContain("Koppelmodel van regio Twente");
        own.ShouldNotContain(version.ModelId);
        (await twente.GetAsync($"/koppelen/model/{version.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await twente.GetAsync($"/koppelen/koppeling/{link.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == nameof(AuditRecordType.SubjectLink) && e.RecordId == link.Id.ToString() && e.Action == AuditAction.Read)))
            .ShouldBe(0);
    }

    /// <summary>IJsselland's model, estimated once for the whole class whichever test runs first.</summary>
    private async Task<LinkModelVersion> EnsureVersionAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Schakel.Web.Infrastructure.Data.SchakelDb>();
        var region = await db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.RegionId).SingleAsync();
        return await db.Set<LinkModelVersion>().Where(v => v.RegionId == region).OrderByDescending(v => v.Number).FirstOrDefaultAsync()
            ?? (await scope.ServiceProvider.GetRequiredService<ModelEstimation>().EstimateAsync(region, null, default)).Active!;
    }

    [GeneratedRegex("data-bits=\"(-?[0-9.]+)\"")]
    private static partial Regex Bits();
}
