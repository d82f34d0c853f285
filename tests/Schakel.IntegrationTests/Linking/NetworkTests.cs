using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Linking;
using Schakel.Testing;
using Schakel.Web.Features.Linking;

namespace Schakel.IntegrationTests.Linking;

/// <summary>Relations beside identity: a victim and a suspect are two persons in one network, which can go to the table.</summary>
public sealed class NetworkTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string ChainDirector = "ketenregisseur@demo.schakel.nl";

    private async Task<int> FileAsync(string municipality, string melderType, object subject)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await factory.ApiKeyAsync());
        var response = await client.PostAsJsonAsync("/api/v1/signals", new
        {
            clientId = Guid.NewGuid().ToString("N"), melderType, observedOn = "2026-11-20", municipality, forms = new[] { "SEKS" },
            description = "Een jonge vrouw wordt steeds opgehaald door dezelfde man met dezelfde auto.",
            subjects = new[] { subject },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        return await factory.WithAsync(db => db.Subjects.Where(s => db.Signals.Any(g => g.Id == s.SignalId && g.Reference == reference)).Select(s => s.Id).SingleAsync());
    }

    private Task<SubjectLink> LinkAsync(int a, int b) =>
        factory.WithAsync(db => db.Set<SubjectLink>().AsNoTracking().SingleAsync(l => l.SubjectAId == Math.Min(a, b) && l.SubjectBId == Math.Max(a, b)));

    private static Task<HttpResponseMessage> DecideAsync(WebSession session, string page, SubjectLink link, string decision, string reason) =>
        session.PostFormAsync($"{page}?handler=Decide", new()
        {
            ["linkId"] = link.Id.ToString(CultureInfo.InvariantCulture), ["version"] = link.Version.ToString(CultureInfo.InvariantCulture),
            ["decision"] = decision, ["reason"] = reason,
        }, formPage: page);

    private static (string Phone, string Plate) Identifiers()
    {
        // 06-1… to 06-5…: mobile ranges that exist, so the number is read as a phone number.
        var n = Random.Shared.Next(10_000_000, 59_999_999);
        return ($"06-{n}", $"TX-{n % 900 + 100}-B");
    }

    [Fact]
    public async Task A_victim_and_a_suspect_sharing_a_phone_and_a_plate_are_stored_as_related_not_proposed_as_one_person()
    {
        var (phone, plate) = Identifiers();
        var lisa = await FileAsync("Zwolle", "ZORG", new { role = "victim", fullName = "Lisa Vermeer", phones = new[] { phone }, licensePlates = new[] { plate } });
        var mo = await FileAsync("Deventer", "POLITIE", new { role = "perpetrator", fullName = "Mo Bakker", phones = new[] { "+316" + phone[3..] }, licensePlates = new[] { plate.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant() } });

        var link = await LinkAsync(lisa, mo);
        link.Kind.ShouldBe(LinkKind.Related);
        link.Status.ShouldBe(LinkStatus.Candidate);
        link.IsProposed.ShouldBeFalse();
        link.Reasons.Split(';').ShouldContain("phone");
        link.Reasons.Split(';').ShouldContain("license_plate");

        var chain = await WebSession.SignedInAsync(factory, ChainDirector);
        var html = await chain.GetHtmlAsync($"/koppelen/persoon/{lisa}");
        html.ShouldContain("Lisa Vermeer en Mo Bakker: mogelijk verband");
        html.ShouldContain("Wel verband, niet dezelfde persoon");
        // On the linking page the pair is listed among the possible relations, not among the possible same persons.
        var index = await chain.GetHtmlAsync("/koppelen");
        var relations = index.IndexOf("id=\"verbanden\"", StringComparison.Ordinal);
        relations.ShouldBeGreaterThan(0);
        index.IndexOf("Lisa Vermeer en Mo Bakker: mogelijk verband", StringComparison.Ordinal).ShouldBeGreaterThan(relations);
    }

    [Fact]
    public async Task A_confirmed_relation_joins_the_network_but_never_the_person_and_three_sources_flag_it()
    {
        var (phone, plate) = Identifiers();
        var lisa = await FileAsync("Zwolle", "ZORG", new { role = "victim", fullName = "Eva Smit", phones = new[] { phone }, licensePlates = new[] { plate } });
        var mo = await FileAsync("Deventer", "POLITIE", new { role = "perpetrator", fullName = "Karim Dekker", phones = new[] { phone }, licensePlates = new[] { plate } });
        var third = await FileAsync("Kampen", "BURGER", new { role = "victim", fullName = "Noor Visser", licensePlates = new[] { plate } });
        var chain = await WebSession.SignedInAsync(factory, ChainDirector);
        var page = $"/koppelen/cluster/{lisa}";

        var first = await LinkAsync(lisa, mo);
        var missing = await DecideAsync(chain, page, first, "Related", " ");
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Geef aan welk verband er is tussen deze twee personen");
        (await DecideAsync(chain, page, first, "Related", "Zij wordt door hem opgehaald; zelfde telefoon en auto.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await LinkAsync(lisa, mo)).Status.ShouldBe(LinkStatus.Related);

        // The relation makes a network of two persons, not one person; with two sources it is not yet for the table.
        var network = (await factory.WithAsync(db => LinkClusters.OfSubjectAsync(db, lisa))).ShouldNotBeNull();
        network.SubjectIds.ShouldBe([lisa, mo]);
        network.Persons.Count.ShouldBe(2);
        network.IsFlagged.ShouldBeFalse();

        // A second decision on the same pair with the old version is a conflict.
        (await (await DecideAsync(chain, page, first, "Confirmed", "toch dezelfde")).Content.ReadAsStringAsync()).ShouldContain("Iemand anders heeft deze koppeling intussen gewijzigd");

        var toThird = await LinkAsync(mo, third);
        toThird.Kind.ShouldBe(LinkKind.Related);
        (await DecideAsync(chain, page, toThird, "Related", "De buurman zag haar uit zijn auto stappen.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var flagged = (await factory.WithAsync(db => LinkClusters.FlaggedAsync(db))).Single(c => c.SubjectIds.Contains(lisa));
        flagged.SubjectIds.ShouldBe([lisa, mo, third]);
        flagged.Persons.Count.ShouldBe(3);
        flagged.FlagReasons.ShouldContain("3 meldingen uit 3 verschillende bronnen, 3 personen in één netwerk");

        var html = WebUtility.HtmlDecode(await chain.GetHtmlAsync(page));
        html.ShouldContain("role=\"img\"");
        html.ShouldContain("<title id=\"netwerk-titel\">Netwerk van 3 personen</title>");
        html.ShouldContain("+316" + phone[3..]);
        html.ShouldContain(plate);
        html.ShouldContain("Voor de tafel");
        html.ShouldContain("mogelijke dader");
        (await chain.GetHtmlAsync("/")).ShouldContain($"/koppelen/cluster/{flagged.Number}");

        var audit = await factory.WithAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.RecordType == "SubjectLink" && (e.RecordId == first.Id.ToString() || e.RecordId == toThird.Id.ToString())).ToListAsync());
        audit.Count.ShouldBe(2);
        audit.ShouldAllBe(e => e.Details!.StartsWith("Wel verband, niet dezelfde persoon: betrokkenen"));
        var read = await factory.WithAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.RecordType == "LinkCluster" && e.RecordId == flagged.Number.ToString() && e.Details == "netwerk").OrderBy(e => e.Id).ToListAsync());
        read.ShouldNotBeEmpty();
        read[^1].SubjectIds.ShouldNotBeNull().ShouldContain(third.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Deciding_same_person_merges_two_registrations_into_one_person_of_the_network()
    {
        var (phone, plate) = Identifiers();
        var victim = await FileAsync("Zwolle", "ZORG", new { role = "victim", fullName = "Iris Bos", phones = new[] { phone } });
        var again = await FileAsync("Raalte", "WIJKTEAM", new { role = "victim", fullName = "Iris Bos", phones = new[] { phone }, licensePlates = new[] { plate } });
        var suspect = await FileAsync("Deventer", "POLITIE", new { role = "perpetrator", fullName = "Tom Wit", licensePlates = new[] { plate } });
        var chain = await WebSession.SignedInAsync(factory, ChainDirector);

        var same = await LinkAsync(victim, again);
        same.Kind.ShouldBe(LinkKind.SamePerson);
        (await DecideAsync(chain, "/koppelen", same, "Confirmed", "Zelfde naam en nummer.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await DecideAsync(chain, "/koppelen", await LinkAsync(again, suspect), "Related", "Zij stapt in zijn auto.")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var network = (await factory.WithAsync(db => LinkClusters.OfSubjectAsync(db, suspect))).ShouldNotBeNull();
        network.Persons.Select(p => p.ToList()).ShouldBe([[victim, again], [suspect]]);
        network.FlagReasons.ShouldContain("3 meldingen uit 3 verschillende bronnen, 2 personen in één netwerk");
    }

    [Fact]
    public async Task Another_regions_chain_director_gets_not_found_for_the_network_and_its_decisions()
    {
        var (phone, plate) = Identifiers();
        var victim = await FileAsync("Zwolle", "ZORG", new { role = "victim", fullName = "Mila Groen", phones = new[] { phone }, licensePlates = new[] { plate } });
        var suspect = await FileAsync("Deventer", "POLITIE", new { role = "perpetrator", fullName = "Rik Zwart", phones = new[] { phone } });
        var link = await LinkAsync(victim, suspect);
        await SecondRegion.EnsureAsync(factory);
        var twente = await WebSession.SignedInAsync(factory, SecondRegion.ChainDirector);

        var response = await twente.GetAsync($"/koppelen/cluster/{victim}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldNotContain("Mila Groen");
        (await DecideAsync(twente, "/koppelen", link, "Related", "Gezien.")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await LinkAsync(victim, suspect)).Status.ShouldBe(LinkStatus.Candidate);
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.RecordType == "SubjectLink" && e.RecordId == link.Id.ToString()))).ShouldBe(0);
    }
}
