using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Accounts;
using Schakel.Core.Organisations;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Testing;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Identity;

namespace Schakel.IntegrationTests;

/// <summary>
/// A second region beside the demo's IJsselland: Twente, with its own table where the partner organisations and the
/// municipality of Enschede have a seat, its own people, a meeting and a signal registered for that table.
/// </summary>
internal static class SecondRegion
{
    public const string ChainDirector = "ketenregisseur@twente.test", CareCoordinator = "zorg@twente.test", Police = "politie@twente.test",
        AfEnschede = "af.enschede@twente.test", AfHengelo = "af.hengelo@twente.test", PrivacyOfficer = "fg@twente.test";

    public const string TableName = "Weeg- en monitortafel Twente";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    private static readonly (string Email, string Name, string Role, string Organisation)[] People =
    [
        (ChainDirector, "Ketenregisseur Twente", Roles.ChainDirector, "Zorg- en Veiligheidshuis Twente"),
        (CareCoordinator, "Zorgcoördinator Twente", Roles.CareCoordinator, "Veilig Thuis Twente"),
        (Police, "Politie Twente", Roles.Police, "Politie Twente"),
        (AfEnschede, "AF Enschede", Roles.AttentionOfficer, "Enschede"),
        (AfHengelo, "AF Hengelo", Roles.AttentionOfficer, "Hengelo"),
        (PrivacyOfficer, "FG Twente", Roles.PrivacyOfficer, "Zorg- en Veiligheidshuis Twente"),
    ];

    /// <summary>Seeds the region once per factory; returns the reference of its signal on the Twente table.</summary>
    public static async Task<string> EnsureAsync(SchakelFactory factory)
    {
        await Gate.WaitAsync();
        try
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Schakel.Web.Infrastructure.Data.SchakelDb>();
            var existing = await db.Signals.Where(s => s.Municipality!.Name == "Enschede").Select(s => s.Reference).FirstOrDefaultAsync();
            if (existing is not null)
            {
                return existing;
            }
            var region = new Region { Name = "Twente" };
            var orgs = new Dictionary<string, Organisation>
            {
                ["Enschede"] = new() { Name = "Enschede", Kind = OrganisationKind.Municipality, Population = 160_000, Region = region },
                ["Hengelo"] = new() { Name = "Hengelo", Kind = OrganisationKind.Municipality, Population = 81_000, Region = region },
                ["Zorg- en Veiligheidshuis Twente"] = new() { Name = "Zorg- en Veiligheidshuis Twente", Kind = OrganisationKind.SafetyHouse, Region = region },
                ["Veilig Thuis Twente"] = new() { Name = "Veilig Thuis Twente", Kind = OrganisationKind.VeiligThuis, Region = region },
                ["Politie Twente"] = new() { Name = "Politie Twente", Kind = OrganisationKind.Police, Region = region },
            };
            db.Regions.Add(region);
            db.Organisations.AddRange(orgs.Values);
            await db.SaveChangesAsync();

            var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
            var now = clock.GetUtcNow();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<SchakelUser>>();
            var ids = new Dictionary<string, string>();
            foreach (var (email, name, role, org) in People)
            {
                var user = new SchakelUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, OrganisationId = orgs[org].Id, CreatedAt = now };
                var result = await users.CreateAsync(user, SchakelFactory.DemoPassword);
                if (!result.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
                }
                await users.AddToRoleAsync(user, role);
                ids[email] = user.Id;
            }

            // Partners sit by organisation; Enschede's seat lets the municipality join for its own items only.
            var table = new RegionalTable { Name = TableName, RegionId = region.Id, ChairUserId = ids[ChainDirector], SecretaryUserId = ids[ChainDirector] };
            foreach (var org in new[] { "Zorg- en Veiligheidshuis Twente", "Veilig Thuis Twente", "Politie Twente", "Enschede" })
            {
                table.Members.Add(new TableMember { OrganisationId = orgs[org].Id });
            }
            db.Set<RegionalTable>().Add(table);
            await db.SaveChangesAsync();
            db.Set<TableMeeting>().Add(new TableMeeting { TableId = table.Id, StartsAt = now.AddDays(3) });

            var signal = new Signal
            {
                Reference = ReferenceNumbers.New(), MelderTypeCode = "ZORG", Channel = IntakeChannel.App,
                MunicipalityId = orgs["Enschede"].Id, ReceivedAt = now.AddDays(-5),
                Description = "Jongen van 15 werkt 's nachts in een loods bij Enschede.",
                Subjects = [new Subject { Role = SubjectRole.PossibleVictim, FullName = "Twentse jongen", AgeGroup = AgeGroups.Minor, Phones = "+31 6 4444 5555" }],
            }.Stored(s => s.Status, SignalStatus.RegisteredForTable).Stored(s => s.RegisteredForTableAt, now.AddDays(-1));
            db.Signals.Add(signal);
            await db.SaveChangesAsync();
            await Schakel.Web.Features.Linking.Contracts.SubjectKeys.UpdateAsync(db, signal.Subjects, clock, justCreated: true);
            return signal.Reference;
        }
        finally
        {
            Gate.Release();
        }
    }

    public static Task<int> MeetingAsync(SchakelFactory factory) =>
        factory.WithAsync(db => db.Set<TableMeeting>().Where(m => m.Table!.Name == TableName).Select(m => m.Id).FirstAsync());
}
