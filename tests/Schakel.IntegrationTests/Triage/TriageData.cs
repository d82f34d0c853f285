using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Accounts;
using Schakel.Core.Organisations;
using Schakel.Core.Signals;
using Schakel.Testing;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Identity;

namespace Schakel.IntegrationTests.Triage;

internal static class TriageData
{
    public const string AfZwolle = "af.zwolle@demo.schakel.nl", ChainDirector = "ketenregisseur@demo.schakel.nl", ProcessDirector = "procesregisseur@demo.schakel.nl";

    /// <summary>A second chain director of IJsselland who does not sit at the table: sees the region's signals, not its cases.</summary>
    public const string ChainDirectorOffTable = "ketenregisseur2@demo.schakel.nl";

    public static Task RouteDemoRegionAsync(this SchakelFactory factory, TableRoute route) =>
        factory.WithAsync(async db =>
        {
            var region = await db.Regions.SingleAsync(r => r.Name == "IJsselland");
            region.TableRoute = route;
            return await db.SaveChangesAsync();
        });

    /// <summary>A Zwolle signal the attention officer is working on, with one step on its timeline.</summary>
    public static Task<string> ZwolleSignalInProgressAsync(this SchakelFactory factory, bool acute = false) =>
        factory.WithAsync(async db =>
        {
            var zwolle = await db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync();
            var signal = new Signal
            {
                Reference = ReferenceNumbers.New(), MelderTypeCode = "WIJKTEAM", Channel = IntakeChannel.App, MunicipalityId = zwolle,
                ReceivedAt = factory.Now.AddDays(-2), Description = "Jonge man slaapt in de loods van zijn werkgever.",
            }.Stored(s => s.Status, SignalStatus.InProgress);
            if (acute)
            {
                signal.ReceiveAsAcute(AcuteActor.PoliceOrProsecution, "Politie heeft hem veilig ondergebracht.", factory.Now.AddDays(-1));
            }
            db.Signals.Add(signal);
            await db.SaveChangesAsync();
            return signal.Reference;
        });

    public static async Task EnsureChainDirectorOffTableAsync(this SchakelFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SchakelUser>>();
        if (await users.FindByEmailAsync(ChainDirectorOffTable) is not null)
        {
            return;
        }
        var db = scope.ServiceProvider.GetRequiredService<Schakel.Web.Infrastructure.Data.SchakelDb>();
        var zvh = await db.Organisations.Where(o => o.Name == "Zorg- en Veiligheidshuis IJsselland").Select(o => o.Id).SingleAsync();
        var user = new SchakelUser { UserName = ChainDirectorOffTable, Email = ChainDirectorOffTable, EmailConfirmed = true, DisplayName = "Tweede ketenregisseur", OrganisationId = zvh, CreatedAt = factory.Now };
        (await users.CreateAsync(user, SchakelFactory.DemoPassword)).Succeeded.ShouldBeTrue();
        await users.AddToRoleAsync(user, Roles.ChainDirector);
    }

    public static Task<List<string>> NotificationTitlesAsync(this SchakelFactory factory, string email, string reference) =>
        factory.WithAsync(db => db.Notifications.Where(n => n.Url == "/meldingen/" + reference && db.Users.Any(u => u.Id == n.UserId && u.Email == email))
            .Select(n => n.Title).ToListAsync());

    /// <summary>The demo table's upcoming meeting (a second region's table may meet later).</summary>
    public static Task<int> DemoNextMeetingAsync(this SchakelFactory factory) =>
        factory.WithAsync(db => db.Set<Schakel.Core.Table.TableMeeting>().Where(m => db.Regions.Any(r => r.Name == "IJsselland" && r.Id == m.Table!.RegionId))
            .OrderByDescending(m => m.StartsAt).Select(m => m.Id).FirstAsync());

    public static Task<Signal> SignalWithEventsAsync(this SchakelFactory factory, string reference) =>
        factory.WithAsync(db => db.Signals.Include(s => s.Events).AsNoTracking().SingleAsync(s => s.Reference == reference));
}
