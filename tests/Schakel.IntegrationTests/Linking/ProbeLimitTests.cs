using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Linking;

/// <summary>Allows one person edit per hour that finds people elsewhere, so the limit shows on the second probe.</summary>
public sealed class ProbeLimitFactory : SchakelFactory
{
    protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Linking:OutsideMatchEditsPerHour", "1")];
}

/// <summary>
/// "Mogelijk verwant" is no oracle: an attention officer who types someone else's phone number into a person of the
/// own signal learns neither how many signals nor where; the chain director is told, the probe is audited, and after
/// the hourly limit further person edits are refused.
/// </summary>
public sealed class ProbeLimitTests(ProbeLimitFactory factory) : IClassFixture<ProbeLimitFactory>
{
    [Fact]
    public async Task Probing_with_a_phone_of_another_municipality_tells_the_chain_director_not_the_prober_and_is_limited()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var subjectId = (await factory.SignalAsync(reference)).Subjects.Single(s => s.FullName == "Andrzej Kowalski").Id;
        // The phone of a person in a Raalte signal, which the Zwolle officer may not see.
        var phone = await factory.WithAsync(db => db.Subjects.Where(s => s.FullName == "Jan Mol").Select(s => s.Phones!).SingleAsync());
        var raalte = await factory.WithAsync(db => db.Subjects.Where(s => s.FullName == "Jan Mol").Join(db.Signals, s => s.SignalId, g => g.Id, (s, g) => g.Reference).SingleAsync());
        var page = $"/meldingen/{reference}/personen/{subjectId}";
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var afId = await factory.WithAsync(db => db.Users.Where(u => u.Email == "af.zwolle@demo.schakel.nl").Select(u => u.Id).SingleAsync());

        async Task<HttpResponseMessage> EditAsync(string phones, string name)
        {
            var version = WebSession.HiddenValue(await af.GetHtmlAsync(page), "Version")!;
            return await af.PostFormAsync(page, new() { ["Version"] = version, ["Input.Role"] = "PossibleVictim", ["Input.FullName"] = name, ["Input.Phones"] = phones });
        }

        (await EditAsync(phone, "Andrzej Kowalski")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var html = await af.AllTabsHtmlAsync(reference);
        html.ShouldContain("De ketenregisseur is op de hoogte gebracht van een mogelijk verband.");
        html.ShouldNotContain(raalte);
        html.ShouldNotContain("Jan Mol");
        html.ShouldNotContain("elders in de regio");

        var keten = await factory.WithAsync(db => db.Users.Where(u => u.Email == "ketenregisseur@demo.schakel.nl").Select(u => u.Id).SingleAsync());
        var told = await factory.WithAsync(db => db.Notifications.Where(n => n.Url == $"/koppelen/persoon/{subjectId}").Select(n => n.UserId).ToListAsync());
        told.ShouldContain(keten);
        told.ShouldNotContain(afId);
        var key = subjectId.ToString();
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(e => e.UserId == afId && e.RecordType == "SubjectLink" && e.RecordId == key && e.Flagged)))
            .ShouldBe(1);

        // The hourly allowance is used: the next person edit is refused, nothing is stored and no new link is planted.
        var refused = await EditAsync("+31 6 1234 9876", "Andrzej K.");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("te vaak persoonsgegevens gewijzigd");
        (await factory.SignalAsync(reference)).Subjects.Single(s => s.Id == subjectId).FullName.ShouldBe("Andrzej Kowalski");
        var added = await af.PostFormAsync($"/meldingen/{reference}?handler=Subject",
            new() { ["NewSubject.Role"] = "PossibleVictim", ["NewSubject.FullName"] = "Nog een poging", ["NewSubject.Phones"] = phone });
        added.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await factory.WithAsync(db => db.Subjects.AnyAsync(s => s.FullName == "Nog een poging"))).ShouldBeFalse();
    }
}
