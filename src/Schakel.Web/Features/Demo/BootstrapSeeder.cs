using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Accounts;
using Schakel.Core.Organisations;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Identity;

namespace Schakel.Web.Features.Demo;

/// <summary>Roles always exist; the first administrator is created from configuration when the database has no users.</summary>
public sealed class BootstrapSeeder(SchakelDb db, RoleManager<IdentityRole> roles, UserManager<SchakelUser> users, BootstrapOptions options, TimeProvider clock, ILogger<BootstrapSeeder> logger) : IStartupSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        if (string.IsNullOrWhiteSpace(options.AdminEmail) || string.IsNullOrWhiteSpace(options.AdminPassword) || await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }
        var region = new Region { Name = options.RegionName ?? "Regio" };
        var org = new Organisation { Name = $"Beheer {region.Name}", Kind = OrganisationKind.Region, Region = region };
        db.Organisations.Add(org);
        await db.SaveChangesAsync(cancellationToken);
        var admin = new SchakelUser { UserName = options.AdminEmail, Email = options.AdminEmail, DisplayName = "Beheerder", OrganisationId = org.Id, EmailConfirmed = true, CreatedAt = clock.GetUtcNow() };
        var result = await users.CreateAsync(admin, options.AdminPassword);
        if (!result.Succeeded)
        {
            logger.LogError("Bootstrap administrator not created: {Errors}", string.Join("; ", result.Errors.Select(e => e.Description)));
            return;
        }
        await users.AddToRoleAsync(admin, Roles.Administrator);
        logger.LogInformation("Bootstrap administrator created.");
    }
}
