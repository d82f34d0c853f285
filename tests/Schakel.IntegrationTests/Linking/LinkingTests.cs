using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Signals;
using Schakel.Testing;
using Schakel.Web.Features.Linking;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Linking;

/// <summary>Linking weak signals in the app: candidates on intake, decisions, clusters, flags and need-to-know.</summary>
public sealed class LinkingTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string ChainDirector = "ketenregisseur@demo.schakel.nl";

    private async Task<string> FileAsync(string municipality, string melderType, object subject)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await factory.ApiKeyAsync());
        var response = await client.PostAsJsonAsync("/api/v1/signals", new
        {
            clientId = Guid.NewGuid().ToString("N"),
            melderType,
            observedOn = "2026-11-01",
            municipality,
            forms = new[] { "ARBEID" },
            description = "Werknemers wonen in een bedrijfspand en betalen een schuld af aan de bemiddelaar.",
            subjects = new[] { subject },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
    }

    private Task<int> SubjectIdAsync(string reference) =>
        factory.WithAsync(db => db.Subjects.Where(s => db.Signals.Any(g => g.Id == s.SignalId && g.Reference == reference)).Select(s => s.Id).SingleAsync());

    private Task<SubjectLink?> LinkAsync(int a, int b) =>
        factory.WithAsync(db => db.Set<SubjectLink>().AsNoTracking().SingleOrDefaultAsync(l => l.SubjectAId == Math.Min(a, b) && l.SubjectBId == Math.Max(a, b)));

    private static Task<HttpResponseMessage> DecideAsync(WebSession session, SubjectLink link, string decision, string reason) =>
        session.PostFormAsync("/koppelen?handler=Decide", new()
        {
            ["linkId"] = link.Id.ToString(), ["version"] = link.Version.ToString(), ["decision"] = decision, ["reason"] = reason,
        }, formPage: "/koppelen");

    [Fact]
    public async Task Parallel_intakes_sharing_a_phone_all_keep_their_link_to_the_earlier_signal()
    {
        var phone = "06-" + Random.Shared.Next(10_000_000, 59_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var first = await SubjectIdAsync(await FileAsync("Ommen", "POLITIE", new { role = "victim", fullName = "Ilona Kowalczyk", phones = new[] { phone } }));

        // Parallel intakes find each other at the same moment and race on the same pair; each must still keep its own
        // pair with the earlier signal instead of giving up its other candidates.
        var references = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => FileAsync("Zwolle", "ZORG", new { role = "victim", phones = new[] { phone } })));
        foreach (var reference in references)
        {
            (await LinkAsync(first, await SubjectIdAsync(reference))).ShouldNotBeNull($"{reference} lost its link to the earlier signal");
        }
    }

    [Fact]
    public async Task A_new_signal_with_a_known_phone_in_another_notation_is_a_relation_with_its_reason()
    {
        var first = await FileAsync("Ommen", "POLITIE", new { role = "victim", fullName = "Radu Ionescu", phones = new[] { "06-58765432" } });
        var second = await FileAsync("Hardenberg", "ZORG", new { role = "victim", phones = new[] { "+31 6 5876 5432" } });

        var link = await LinkAsync(await SubjectIdAsync(first), await SubjectIdAsync(second));
        link.ShouldNotBeNull();
        link.Status.ShouldBe(LinkStatus.Candidate);
        link.Reasons.ShouldBe("phone");
        // A phone alone does not say it is the same person: a controller's phone is shared by several victims.
        link.Kind.ShouldBe(Schakel.Core.Linking.LinkKind.Related);
        link.IsProposed.ShouldBeFalse();

        var chain = await WebSession.SignedInAsync(factory, ChainDirector);
        var page = await chain.GetHtmlAsync("/koppelen");
        page.ShouldContain(first);
        page.ShouldContain(second);
        page.ShouldContain("zelfde telefoonnummer");
        var detail = await chain.GetHtmlAsync(SignalTabs.Persons(second));
        detail.ShouldContain("Mogelijk verwant");
        detail.ShouldContain(first);
    }

    [Fact]
    public async Task A_rejected_pair_stays_rejected_after_new_intake_and_reindexing()
    {
        var a = await FileAsync("Olst-Wijhe", "WIJKTEAM", new { role = "victim", fullName = "Ana Stan", phones = new[] { "0687654321" } });
        var b = await FileAsync("Ommen", "ONDERWIJS", new { role = "victim", fullName = "Ana Stan", phones = new[] { "06 8765 4321" } });
        var (ia, ib) = (await SubjectIdAsync(a), await SubjectIdAsync(b));
        var link = (await LinkAsync(ia, ib)).ShouldNotBeNull();

        var chain = await WebSession.SignedInAsync(factory, ChainDirector);
        var missingReason = await DecideAsync(chain, link, "Rejected", "");
        missingReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missingReason.Content.ReadAsStringAsync()).ShouldContain("Geef aan waarom dit niet dezelfde persoon is en er geen verband is.");
        (await DecideAsync(chain, link, "Rejected", "Twee zussen met een gedeelde telefoon, bevestigd door de AF.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var c = await FileAsync("Dalfsen", "BURGER", new { role = "victim", fullName = "Ana Stan", phones = new[] { "+31687654321" } });
        await factory.WithAsync(async db =>
        {
            await SubjectKeys.UpdateAsync(db, await db.Subjects.Where(s => s.Id == ia || s.Id == ib).ToListAsync(), TimeProvider.System);
            return 0;
        });

        var after = (await LinkAsync(ia, ib)).ShouldNotBeNull();
        after.Status.ShouldBe(LinkStatus.Rejected);
        after.DecidedBy.ShouldNotBeNull().ShouldStartWith("Marieke Bosman");
        after.DecisionReason.ShouldBe("Twee zussen met een gedeelde telefoon, bevestigd door de AF.");
        after.DecidedAt.ShouldNotBeNull();
        var page = await chain.GetHtmlAsync("/koppelen");
        page.ShouldNotContain($"name=\"linkId\" value=\"{link.Id}\"");
        page.ShouldContain(c);
        (await LinkAsync(ia, await SubjectIdAsync(c))).ShouldNotBeNull().Status.ShouldBe(LinkStatus.Candidate);
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == "SubjectLink" && e.RecordId == link.Id.ToString()))).ShouldBe(1);
    }

    [Fact]
    public async Task Confirming_a_link_grows_the_cluster_and_three_signals_from_two_sources_flag_it_for_the_table()
    {
        var ids = await factory.WithAsync(db => db.Subjects.Where(s => s.FullName == "Dimitar Petrov" || s.FullName == "D. Petrov").ToDictionaryAsync(s => s.FullName!, s => s.Id));
        var before = await factory.WithAsync(db => LinkClusters.AllAsync(db));
        var existing = before.Single(c => c.SubjectIds.Contains(ids["Dimitar Petrov"]));
        existing.Signals.Count.ShouldBe(2);
        existing.IsFlagged.ShouldBeFalse();

        var link = (await LinkAsync(ids["Dimitar Petrov"], ids["D. Petrov"])).ShouldNotBeNull();
        link.Reasons.ShouldContain("phone");
        var chain = await WebSession.SignedInAsync(factory, ChainDirector);
        (await DecideAsync(chain, link, "Confirmed", "Zelfde Bulgaarse nummer, bevestigd door de AF van Staphorst.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var flagged = await factory.WithAsync(db => LinkClusters.FlaggedAsync(db));
        var cluster = flagged.Single(c => c.SubjectIds.Contains(ids["Dimitar Petrov"]));
        cluster.SubjectIds.ShouldContain(ids["D. Petrov"]);
        cluster.Signals.Count.ShouldBe(3);
        cluster.Sources.Count.ShouldBe(3);
        cluster.Municipalities.ShouldBe(["Dalfsen", "Kampen", "Staphorst"]);

        var clusterPage = await chain.GetHtmlAsync($"/koppelen/cluster/{cluster.Number}");
        clusterPage.ShouldContain("Voor de tafel");
        clusterPage.ShouldContain("3 meldingen uit 3 verschillende bronnen");
        foreach (var s in cluster.Signals)
        {
            clusterPage.ShouldContain(s.Reference);
        }
        (await chain.GetHtmlAsync("/")).ShouldContain($"/koppelen/cluster/{cluster.Number}");

        // The flagged cluster's open signals come onto the next agenda as new signals.
        var onAgenda = await factory.WithAsync(async db =>
        {
            using var scope = factory.Services.CreateScope();
            var builder = scope.ServiceProvider.GetRequiredService<Schakel.Web.Features.Table.AgendaBuilder>();
            var scopedDb = scope.ServiceProvider.GetRequiredService<Schakel.Web.Infrastructure.Data.SchakelDb>();
            var meeting = await scopedDb.Set<Schakel.Core.Table.TableMeeting>().Include(m => m.Table).OrderByDescending(m => m.StartsAt).FirstAsync();
            await builder.GenerateAsync(meeting, CancellationToken.None);
            return await scopedDb.Set<Schakel.Core.Table.AgendaItem>().Where(i => i.MeetingId == meeting.Id && i.Section == Schakel.Core.Table.AgendaSection.NewSignal)
                .Select(i => i.SignalId).ToListAsync();
        });
        cluster.Signals.Count(s => s.Status is SignalStatus.New or SignalStatus.InProgress).ShouldBeGreaterThan(0);
        foreach (var s in cluster.Signals.Where(s => s.Status is SignalStatus.New or SignalStatus.InProgress))
        {
            onAgenda.ShouldContain(s.Id, $"flagged signal {s.Reference} on the next agenda");
        }

        // A second decision on the same pair is a conflict, not a silent overwrite.
        var again = await DecideAsync(chain, link, "Rejected", "toch niet");
        (await again.Content.ReadAsStringAsync()).ShouldContain("Iemand anders heeft deze koppeling intussen gewijzigd");
        (await LinkAsync(ids["Dimitar Petrov"], ids["D. Petrov"]))!.Status.ShouldBe(LinkStatus.Confirmed);
    }

    [Fact]
    public async Task A_link_to_a_signal_registered_for_the_table_is_flagged_at_once()
    {
        var a = await FileAsync("Steenwijkerland", "WIJKTEAM", new { role = "victim", fullName = "Nadia Bakker", handles = new[] { "@nadia.bkr" } });
        var b = await FileAsync("Zwartewaterland", "WIJKTEAM", new { role = "victim", handles = new[] { "instagram.com/Nadia.Bkr" } });
        await factory.WithAsync(async db =>
        {
            var signal = await db.Signals.SingleAsync(s => s.Reference == b);
            signal.Stored(s => s.Status, SignalStatus.RegisteredForTable);
            return await db.SaveChangesAsync();
        });
        var link = (await LinkAsync(await SubjectIdAsync(a), await SubjectIdAsync(b))).ShouldNotBeNull();
        link.Reasons.ShouldBe("handle");
        var chain = await WebSession.SignedInAsync(factory, ChainDirector);
        (await DecideAsync(chain, link, "Confirmed", "Zelfde account.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var cluster = (await factory.WithAsync(db => LinkClusters.FlaggedAsync(db))).Single(c => c.Signals.Any(s => s.Reference == a));
        cluster.FlagReasons.ShouldContain("gekoppeld aan een melding die is aangemeld voor de regionale tafel");
    }

    [Theory]
    [InlineData("af.deventer@demo.schakel.nl")]
    [InlineData("af.zwolle@demo.schakel.nl")]
    [InlineData("politie@demo.schakel.nl")]
    [InlineData("melder@demo.schakel.nl")]
    [InlineData("bestuurder@demo.schakel.nl")]
    public async Task Only_the_chain_director_opens_the_linking_pages(string email)
    {
        var subject = await factory.WithAsync(db => db.Subjects.Where(s => s.FullName == "Jan Mol").Select(s => s.Id).SingleAsync());
        var session = await WebSession.SignedInAsync(factory, email);
        foreach (var url in new[] { "/koppelen", $"/koppelen/persoon/{subject}", $"/koppelen/cluster/{subject}" })
        {
            var response = await session.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
            (await response.Content.ReadAsStringAsync()).ShouldNotContain("Jan Mol");
        }
        var link = await factory.WithAsync(db => db.Set<SubjectLink>().FirstAsync(l => l.SubjectAId == subject || l.SubjectBId == subject));
        var post = await session.PostFormAsync("/koppelen?handler=Decide", new() { ["linkId"] = link.Id.ToString(), ["version"] = link.Version.ToString(), ["decision"] = "Confirmed", ["reason"] = "x" }, formPage: "/");
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await LinkAsync(link.SubjectAId, link.SubjectBId))!.Status.ShouldBe(LinkStatus.Candidate);
        (await WebSession.Anonymous(factory).GetAsync("/koppelen")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_attention_officer_learns_only_that_a_link_exists_elsewhere_and_the_chain_director_sees_it()
    {
        // The Deventer perpetrator's phone is also in signals of Zwolle (J. Mol) and Raalte (Jan Mol).
        var deventer = await factory.SignalReferenceAsync("Deventer", SignalStatus.InProgress);
        var others = await factory.WithAsync(db => db.Subjects.Where(s => s.FullName == "J. Mol (bemiddelaar)" || s.FullName == "Jan Mol")
            .Join(db.Signals, s => s.SignalId, g => g.Id, (s, g) => g.Reference).ToListAsync());
        others.Count.ShouldBe(2);

        var af = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        var html = await af.AllTabsHtmlAsync(deventer);
        // Neither how many nor where: only that the chain director knows.
        html.ShouldContain("De ketenregisseur is op de hoogte gebracht van een mogelijk verband.");
        html.ShouldNotContain("2 meldingen");
        foreach (var secret in others.Append("Jan Mol").Append("J. Mol"))
        {
            html.ShouldNotContain(secret);
        }

        var chain = await WebSession.SignedInAsync(factory, ChainDirector);
        var full = await chain.GetHtmlAsync(SignalTabs.Persons(deventer));
        foreach (var reference in others)
        {
            full.ShouldContain(reference);
        }
        full.ShouldContain("zelfde telefoonnummer");
    }

    [Fact]
    public async Task A_person_added_by_the_attention_officer_is_matched_at_once()
    {
        var elsewhere = await FileAsync("Ommen", "POLITIE", new { role = "victim", fullName = "Kerem Aydin", phones = new[] { "06-11223344" } });
        var deventer = await factory.SignalReferenceAsync("Deventer", SignalStatus.InProgress);
        var af = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        var added = await af.PostFormAsync($"/meldingen/{deventer}?handler=Subject",
            new() { ["NewSubject.Role"] = "PossibleVictim", ["NewSubject.FullName"] = "Kerem Aydın", ["NewSubject.Phones"] = "0611223344" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var subject = await factory.WithAsync(db => db.Subjects.Where(s => s.FullName == "Kerem Aydın").Select(s => s.Id).SingleAsync());
        var link = (await LinkAsync(subject, await SubjectIdAsync(elsewhere))).ShouldNotBeNull();
        link.Reasons.ShouldBe("phone;name_exact");

        var html = await af.AllTabsHtmlAsync(deventer);
        html.ShouldContain("De ketenregisseur is op de hoogte gebracht van een mogelijk verband.");
        html.ShouldNotContain(elsewhere);
        (await (await WebSession.SignedInAsync(factory, ChainDirector)).GetHtmlAsync($"/koppelen/persoon/{subject}")).ShouldContain(elsewhere);
    }
}
