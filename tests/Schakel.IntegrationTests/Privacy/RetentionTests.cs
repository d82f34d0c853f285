using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Privacy;

public sealed class RetentionTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task An_expired_closed_signal_loses_its_personal_data_an_open_one_never_and_the_figures_stay_the_same()
    {
        var closed = await factory.SignalReferenceAsync("Raalte", SignalStatus.HandledLocally);
        var open = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        await factory.WithAsync(async db =>
        {
            var old = DateTimeOffset.UtcNow.AddYears(-3);
            foreach (var s in await db.Signals.Where(s => s.Reference == closed || s.Reference == open).ToListAsync())
            {
                s.Stored(x => x.ReceivedAt, old);
                if (s.Reference == closed)
                {
                    s.Stored(x => x.ClosedAt, old);
                }
            }
            db.Subjects.Add(new Subject { SignalId = (await db.Signals.SingleAsync(s => s.Reference == closed)).Id, FullName = "Ramon Verhoeven", Phones = "06-55554444", AgeGroup = AgeGroups.Age31To50, Gender = "M" });
            return await db.SaveChangesAsync();
        });

        var policy = await WebSession.SignedInAsync(factory, "bestuurder@demo.schakel.nl");
        var figuresBefore = Figures(await policy.GetHtmlAsync("/"));

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var plan = await fg.GetHtmlAsync("/privacy/bewaartermijnen");
        plan.ShouldContain(closed);
        plan.ShouldNotContain(open);
        (await factory.SignalAsync(closed)).Subjects.ShouldContain(s => s.FullName == "Ramon Verhoeven", "a dry run removes nothing");

        (await fg.PostFormAsync("/privacy/bewaartermijnen", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var cleaned = await factory.SignalAsync(closed);
        cleaned.AnonymisedAt.ShouldNotBeNull();
        cleaned.Description.ShouldBeNull();
        cleaned.Subjects.ShouldAllBe(s => s.FullName == null && s.Phones == null && s.Street == null);
        cleaned.Subjects.ShouldContain(s => s.AgeGroup == AgeGroups.Age31To50 && s.Gender == "M");
        (await factory.SignalAsync(open)).Subjects.ShouldContain(s => s.FullName == "Andrzej Kowalski");

        Figures(await policy.GetHtmlAsync("/")).ShouldBe(figuresBefore);
        var erased = await factory.WithAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.Erase && e.RecordId == cleaned.Id.ToString()).ToListAsync());
        erased.Single().Details!.ShouldContain("1 perso(o)n(en)");
        (await fg.GetHtmlAsync("/privacy/bewaartermijnen")).ShouldContain("Er is nu niets op te schonen.");
    }

    private static string Figures(string html)
    {
        var start = html.IndexOf("Meldingen en adviesvragen per gemeente in", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0);
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }
}
