using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Common;
using Schakel.Core.Consultations;
using Schakel.Core.Signals;
using Schakel.Core.Undermining;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Privacy;

/// <summary>The undermining referral and the spoed-MDO keep texts about the same persons; retention takes them with the signal.</summary>
public sealed class RetentionBesideTheRouteTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task An_expired_signal_takes_the_texts_of_its_referral_and_spoed_mdo_with_it()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var now = factory.Now;
        await factory.WithAsync(async db =>
        {
            var af = await db.Users.SingleAsync(u => u.Email == "af.zwolle@demo.schakel.nl");
            var police = await db.Users.SingleAsync(u => u.Email == "politie@demo.schakel.nl");
            var by = new Actor(af.Id, "AF Zwolle");
            var signal = await db.Signals.Include(s => s.Events).SingleAsync(s => s.Reference == reference);
            signal.ReceiveAsAcute(null, "Politie ingeschakeld", now);
            var referral = UnderminingReferral.PutToAdvisor(signal, [], by, "Pand aan de Kerkstraat 12 van Jan de Vries: ondermijning?", now);
            referral.Close(signal, by, "Besproken met Jan de Vries zelf", now);
            var consultation = AcuteConsultation.Start(signal, by, "Is mevrouw Petrova veilig?", 4, [new Invitee(police.Id, "Politie")], null, now);
            consultation.Answer(police.Id, "Petrova is bekend bij ons", now);
            consultation.Close(by, "Opvang voor Petrova geregeld", now);
            db.AddRange(referral, consultation);
            signal.HandleLocally(by, "doorverwezen", "geen verdere zorgen", now);
            var old = now.AddYears(-3);
            signal.Stored(x => x.ReceivedAt, old);
            signal.Stored(x => x.ClosedAt, old);
            return await db.SaveChangesAsync();
        });

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        (await fg.PostFormAsync("/privacy/bewaartermijnen", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var texts = await factory.WithAsync(async db =>
        {
            var id = await db.Signals.Where(s => s.Reference == reference).Select(s => s.Id).SingleAsync();
            var referral = await db.Set<UnderminingReferral>().SingleAsync(r => r.SignalId == id);
            var consultation = await db.Set<AcuteConsultation>().Include(c => c.Invitations).SingleAsync(c => c.SignalId == id);
            return string.Join("|", referral.Question, referral.CloseReason, consultation.Question, consultation.Outcome,
                string.Join("|", consultation.Invitations.Select(i => i.Advice)));
        });
        texts.ShouldNotContain("Jan de Vries");
        texts.ShouldNotContain("Petrova");
        texts.ShouldNotContain("Kerkstraat");
    }
}
