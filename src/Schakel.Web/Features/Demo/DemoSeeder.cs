using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Common;
using Schakel.Core.Organisations;
using Schakel.Core.Signals;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Identity;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Demo;

/// <summary>Fills an empty database with the IJsselland demo region when demo mode is on, and prints the demo accounts.</summary>
public sealed class DemoSeeder(SchakelDb db, UserManager<SchakelUser> users, SignalIntake intake, Table.AgendaBuilder agenda, DemoOptions options, AuditLog audit, TimeProvider clock, ILogger<DemoSeeder> logger) : IStartupSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(options.Password) || options.Password.Length < 12)
        {
            logger.LogError("Demo mode needs Demo:Password of at least 12 characters; no demo data created.");
            return;
        }
        if (!await db.Regions.AnyAsync(cancellationToken))
        {
            // All or nothing: a half-seeded demo after a failed start would never be completed.
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            using (AuditLog.SuppressWhileSeeding())
            {
                await SeedRegionAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            await audit.RecordAsync(null, AuditAction.Create, AuditRecordType.DemoData, null, details: "fictieve demoregio aangemaakt", cancellationToken: cancellationToken);
            logger.LogInformation("Demo region {Region} created.", DemoRegion.Name);
        }
        PrintAccounts();
    }

    private async Task SeedRegionAsync(CancellationToken cancellationToken)
    {
        var region = new Region { Name = DemoRegion.Name };
        db.Regions.Add(region);
        foreach (var (name, population) in DemoRegion.Municipalities)
        {
            db.Organisations.Add(new Organisation { Name = name, Kind = OrganisationKind.Municipality, Population = population, Region = region });
        }
        foreach (var (name, kind) in DemoRegion.Partners)
        {
            db.Organisations.Add(new Organisation { Name = name, Kind = kind, Region = region });
        }
        await db.SaveChangesAsync(cancellationToken);
        var organisations = await db.Organisations.ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);

        foreach (var account in DemoRegion.Accounts)
        {
            var user = new SchakelUser
            {
                UserName = account.Email, Email = account.Email, EmailConfirmed = true, DisplayName = account.DisplayName,
                OrganisationId = organisations[account.Organisation], CreatedAt = clock.GetUtcNow(),
            };
            var result = await users.CreateAsync(user, options.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("Demo account not created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
            }
            await users.AddToRoleAsync(user, account.Role);
        }

        var today = DutchTime.Today(clock);
        foreach (var demo in DemoSignals.Build(name => organisations[name], today).Concat(DemoLinking.Signals(name => organisations[name], today)))
        {
            var result = await intake.CreateAsync(demo.Draft, new IntakeSource(IntakeChannel.App, "Demogegevens"), cancellationToken);
            var signal = await db.Signals.FirstAsync(s => s.Id == result.Signal.Id, cancellationToken);
            if (demo.Status != SignalStatus.New)
            {
                // The demo route takes the same steps as a user would; it is history, not news, so nobody is notified.
                var by = new Actor(null, "Demogegevens");
                var now = clock.GetUtcNow();
                switch (demo.Status)
                {
                    case SignalStatus.InProgress:
                        signal.TakeUp(by, demo.Reason, now);
                        break;
                    case SignalStatus.HandledLocally:
                        signal.HandleLocally(by, demo.Reason!, demo.Reason!, now);
                        break;
                    case SignalStatus.RegisteredForTable:
                        signal.RegisterForTable(by, demo.Reason!, now);
                        break;
                    default:
                        throw new InvalidOperationException($"Demo signals do not start as {demo.Status}.");
                }
                signal.ClearDomainEvents();
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        await DemoTable.SeedAsync(db, region.Id, agenda, clock, cancellationToken);
        await DemoCare.SeedAsync(db, clock, cancellationToken);
        await DemoUndermining.SeedAsync(db, clock, cancellationToken);

        await DemoBasicLevel.SeedAsync(db, organisations, clock.GetUtcNow(), cancellationToken);
        await DemoLinking.ConfirmAsync(db, clock, cancellationToken);
    }

    private void PrintAccounts()
    {
        // Printed to the console only, never to the structured log, and only in demo mode.
        Console.WriteLine();
        Console.WriteLine("Schakel demo accounts (password for all: " + options.Password + "):");
        foreach (var account in DemoRegion.Accounts)
        {
            Console.WriteLine($"  {Core.Accounts.Roles.Label(account.Role),-36} {account.Email}");
        }
        Console.WriteLine();
    }
}
