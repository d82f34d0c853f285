using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Schakel.Web.Infrastructure.Data;

/// <summary>Used by dotnet-ef only, to build each provider's migrations without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSchakelDb>
{
    public SqliteSchakelDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSchakelDb>().UseSqlite("Data Source=design.db").Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSchakelDb>
{
    public PostgresSchakelDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSchakelDb>().UseNpgsql("Host=localhost;Database=schakel_design").Options);
}
