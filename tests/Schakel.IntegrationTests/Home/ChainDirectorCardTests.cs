using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Linking;
using Schakel.Testing;
using Schakel.Web.Features.Linking;

namespace Schakel.IntegrationTests.Home;

/// <summary>
/// The chain director's start page counts what <c>/koppelen</c> shows: the pairs that may be one person and wait for
/// a decision, and, on a card of its own, the networks flagged for the table.
/// </summary>
public sealed partial class ChainDirectorCardTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string ChainDirector = "ketenregisseur@demo.schakel.nl";

    [Fact]
    public async Task The_linking_cards_count_the_undecided_pairs_and_flagged_networks_the_linking_page_shows()
    {
        var session = await WebSession.SignedInAsync(factory, ChainDirector);
        var (pairs, networks) = await LinkingPageAsync(session);
        var start = await session.GetHtmlAsync("/");
        Count(start, "koppelingen").ShouldBe(pairs);
        Count(start, "netwerken").ShouldBe(networks);

        // A new pair that may be one person waits for a decision; a possible relation between two persons is listed
        // apart on the linking page and is not counted as such a pair.
        var (a, b, c) = await factory.WithAsync(async db =>
        {
            var linked = await db.Set<SubjectLink>().Select(l => new { l.SubjectAId, l.SubjectBId }).ToListAsync();
            var ids = await db.Subjects.OrderBy(s => s.Id).Select(s => new { s.Id, s.SignalId }).ToListAsync();
            var free = ids.Where(s => !linked.Any(l => l.SubjectAId == s.Id || l.SubjectBId == s.Id)).DistinctBy(s => s.SignalId).Take(3).Select(s => s.Id).ToList();
            free.Count.ShouldBe(3, "three persons of different signals without any pair yet");
            return (free[0], free[1], free[2]);
        });
        await factory.WithAsync(db =>
        {
            db.Set<SubjectLink>().Add(new SubjectLink { SubjectAId = a, SubjectBId = b, Kind = LinkKind.SamePerson, Score = 9, Reasons = "phone", FoundAt = factory.Now });
            db.Set<SubjectLink>().Add(new SubjectLink { SubjectAId = a, SubjectBId = c, Kind = LinkKind.Related, Score = 2, Reasons = "phone", FoundAt = factory.Now });
            return db.SaveChangesAsync();
        });

        var (pairsAfter, networksAfter) = await LinkingPageAsync(session);
        pairsAfter.ShouldBe(pairs + 1);
        start = await session.GetHtmlAsync("/");
        Count(start, "koppelingen").ShouldBe(pairsAfter);
        Count(start, "netwerken").ShouldBe(networksAfter);
        start.ShouldContain("href=\"/koppelen#kandidaten\"");
    }

    /// <summary>The undecided "same person" pairs and the networks in the section "Voor de tafel", as the linking page shows them.</summary>
    private static async Task<(int Pairs, int Networks)> LinkingPageAsync(WebSession session)
    {
        var response = await session.GetAsync("/koppelen");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var pairs = CandidateHeading().Match(html);
        pairs.Success.ShouldBeTrue("the linking page says how many pairs wait");
        var table = html[html.IndexOf("id=\"tafel\"", StringComparison.Ordinal)..html.IndexOf("id=\"kandidaten\"", StringComparison.Ordinal)];
        return (int.Parse(pairs.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), NetworkLink().Count(table));
    }

    private static int Count(string html, string card)
    {
        var match = Regex.Match(html, $"data-testid=\"card-{card}\"[\\s\\S]*?data-testid=\"count\"><span>(\\d+)</span>");
        match.Success.ShouldBeTrue($"the start page shows the card {card}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"id=""kandidaten"">Te beoordelen: mogelijk dezelfde persoon \((\d+)\)")]
    private static partial Regex CandidateHeading();

    [GeneratedRegex(@"href=""/koppelen/cluster/\d+""")]
    private static partial Regex NetworkLink();
}
