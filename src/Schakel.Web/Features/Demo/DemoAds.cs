using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Features.Ads;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Demo;

/// <summary>
/// A modest fictional collection of ads for the demo region, imported through the ordinary import so the review queue,
/// clusters and figures have something to show. Names, numbers and photos are invented; one number is the one of a
/// fictional demo signal, so "phone number also in a signal" can be seen working.
/// </summary>
public sealed class DemoAds(SchakelDb db, AdScreening screening, DemoOptions options, TimeProvider clock) : IStartupSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Enabled || !await db.Regions.AnyAsync(cancellationToken) || await db.Set<StoredAd>().AnyAsync(cancellationToken))
        {
            return;
        }
        using (AuditLog.SuppressWhileSeeding())
        {
            await screening.ImportAsync(Encoding.UTF8.GetBytes(Csv(DutchTime.Today(clock))), "demo-advertenties.csv", null, cancellationToken);
        }
    }

    public static string Csv(DateOnly today)
    {
        string D(int daysAgo) => today.AddDays(-daysAgo).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var lines = new[]
        {
            "ad_id,posted_at,city,phone,handle,title,text,price,age_claimed,photo_hash",
            // One number, several women, moving between cities: the demo's top cluster.
            $"demo-001,{D(20)},Zwolle,06-12345678,,Nieuw in Zwolle,\"Hoi ik ben Anna, jong en lief. 24/7 beschikbaar, bel me.\",40,19,demo-foto-a",
            $"demo-002,{D(16)},Deventer,+31 6 1234 5678,,Sexy dame,\"Hallo ik ben Bella. Deze dame is altijd beschikbaar, alles mogelijk.\",45,20,demo-foto-b",
            $"demo-003,{D(12)},Kampen,06 12 34 56 78,,Nieuwe meid,\"Hoi ik ben Carla, net nieuw. Dag en nacht beschikbaar.\",40,21,demo-foto-c",
            $"demo-004,{D(8)},Zwolle,0612345678,,Anna terug,\"Hoi ik ben Anna, jong en lief. 24/7 beschikbaar, bel me.\",40,19,demo-foto-a",
            // A handle shared across two cities with near-identical text.
            $"demo-005,{D(30)},Hardenberg,,@demo_lisa,Lisa,\"Welkom schat, ik ontvang je graag in een discrete privé woning met parkeerplek voor de deur.\",120,28,demo-foto-d",
            $"demo-006,{D(25)},Ommen,,instagram.com/demo_lisa,Lisa,\"Welkom schat, ik ontvang je graag in een discrete privé woning met parkeerplek voor de deur!\",120,28,demo-foto-d",
            // Singletons with little or nothing of concern.
            $"demo-007,{D(5)},Raalte,06-58765401,,Massage,\"Ontspannende massage door gediplomeerde masseuse, alleen op afspraak.\",70,35,demo-foto-e",
            $"demo-008,{D(3)},Dalfsen,06-58765402,,Escort,\"Ervaren escort voor een gezellige avond, adres na afspraak.\",150,31,demo-foto-f",
            $"demo-009,{D(2)},Staphorst,06-58765403,,Tiener,\"Young petite schoolgirl, zonder condoom.\",30,17,demo-foto-g",
            $"demo-010,{D(1)},Zwolle,06-58765404,,Dame,\"Ik ben Joyce, zelfstandig en alleen op afspraak.\",110,42,demo-foto-h",
        };
        return string.Join('\n', lines) + "\n";
    }
}
