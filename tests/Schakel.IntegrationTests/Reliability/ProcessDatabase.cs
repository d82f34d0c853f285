using Microsoft.EntityFrameworkCore;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Reliability;

/// <summary>Direct access to the database of an app that runs as a separate process.</summary>
internal static class ProcessDatabase
{
    public static SchakelDb Open(this TestDatabase database) => TestDatabase.IsPostgres
        ? new PostgresSchakelDb(new DbContextOptionsBuilder<PostgresSchakelDb>().UseNpgsql(database.ConnectionString).Options)
        : new SqliteSchakelDb(new DbContextOptionsBuilder<SqliteSchakelDb>().UseSqlite(database.ConnectionString).Options);

    /// <summary>An intake key of the police, as the beheerder would issue it; returns the plain key.</summary>
    public static async Task<string> IssuePoliceKeyAsync(this TestDatabase database)
    {
        await using var db = database.Open();
        var org = await db.Organisations.FirstAsync(o => o.Name.StartsWith("Politie"));
        var key = db.AddApiKey(org.Id, "process test");
        await db.SaveChangesAsync();
        return key;
    }
}
