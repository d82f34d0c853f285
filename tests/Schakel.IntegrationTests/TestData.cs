using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Infrastructure.Security;

namespace Schakel.IntegrationTests;

internal static class TestData
{
    /// <summary>Issues an intake key for an organisation, as the beheerder would, and returns the plain key.</summary>
    public static async Task<string> ApiKeyAsync(this SchakelFactory factory, string organisation = "Politie Oost-Nederland, team Migratiecriminaliteit en Mensenhandel")
    {
        return await factory.WithAsync(async db =>
        {
            var org = await db.Organisations.SingleAsync(o => o.Name == organisation);
            var key = db.AddApiKey(org.Id, "test " + org.Name);
            await db.SaveChangesAsync();
            return key;
        });
    }

    /// <summary>Adds an intake key row (hash and prefix only, as the beheerder's page stores it) and returns the plain key.</summary>
    public static string AddApiKey(this SchakelDb db, int organisationId, string name)
    {
        var key = ApiKeyAuthentication.NewKey();
        db.ApiClientKeys.Add(new ApiClientKey { OrganisationId = organisationId, Name = name, KeyHash = ApiKeyAuthentication.Hash(key), Prefix = key[..8], CreatedAt = DateTimeOffset.UtcNow });
        return key;
    }

    /// <summary>Reference of a demo signal in a municipality with the given status.</summary>
    public static Task<string> SignalReferenceAsync(this SchakelFactory factory, string municipality, SignalStatus status) =>
        factory.WithAsync(db => db.Signals.Where(s => s.Municipality!.Name == municipality && s.Status == status).OrderBy(s => s.Id).Select(s => s.Reference).FirstAsync());

    public static Task<Signal> SignalAsync(this SchakelFactory factory, string reference) =>
        factory.WithAsync(db => db.Signals.Include(s => s.Subjects).Include(s => s.Events).Include(s => s.Forms).AsNoTracking().SingleAsync(s => s.Reference == reference));
}
