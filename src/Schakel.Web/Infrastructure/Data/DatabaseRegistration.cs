using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Schakel.Web.Infrastructure.Data;

public static class DatabaseRegistration
{
    /// <summary>
    /// Contexts are pooled: every page uses one, and building a fresh context with Identity's model on each request costs
    /// measurable CPU under load. A pooled context holds no state of its own beyond what EF resets between uses.
    /// </summary>
    private const int PoolSize = 256;

    /// <summary>
    /// Registers <see cref="SchakelDb"/> for the configured provider (SQLite by default, PostgreSQL for production). Features
    /// hook into saves by registering an <see cref="ISaveChangesInterceptor"/> (a singleton: pooled contexts share them).
    /// </summary>
    public static IServiceCollection AddSchakelDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = Web.Settings.Read<DatabaseOptions>(configuration, "Database");
        var connectionString = configuration.GetConnectionString("Schakel") ?? "Data Source=data/schakel.db";
        services.AddSingleton(options);
        // Singleton, not scoped: a pooled context builds its options once, from the root provider.
        services.AddSingleton<ISaveChangesInterceptor, DomainEventDispatcher>();

        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextPool<SchakelDb, PostgresSchakelDb>((sp, o) =>
            {
                o.UseNpgsql(connectionString).ConfigureWarnings(RefusedSavesAsWarnings);
                o.AddInterceptors(sp.GetServices<ISaveChangesInterceptor>());
            }, PoolSize);
        }
        else
        {
            var sqlite = PrepareSqlite(connectionString, contentRoot);
            services.AddDbContextPool<SchakelDb, SqliteSchakelDb>((sp, o) =>
            {
                o.UseSqlite(sqlite).AddInterceptors(new SqlitePragmas()).ConfigureWarnings(RefusedSavesAsWarnings);
                o.AddInterceptors(sp.GetServices<ISaveChangesInterceptor>());
            }, PoolSize);
        }
        return services;
    }

    /// <summary>
    /// A save the database refuses is expected in a shared system (two intakes proposing the same candidate pair, a
    /// stale edit, a request cancelled mid-transaction) and the code that saves handles it. EF would log each at Error;
    /// one not handled reaches the exception handler, which logs it at Error there, so Error keeps meaning a fault.
    /// </summary>
    private static void RefusedSavesAsWarnings(Microsoft.EntityFrameworkCore.Diagnostics.WarningsConfigurationBuilder warnings) =>
        warnings.Log(
            (Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.SaveChangesFailed, LogLevel.Warning),
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandError, LogLevel.Warning),
            (Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.TransactionError, LogLevel.Warning));

    /// <summary>
    /// Resolves a relative SQLite path against the content root and creates its folder, so a fresh clone just runs. The
    /// file holds victims' data: on Linux a folder Schakel creates is 0700 and the database file 0600 (SQLite gives its
    /// -wal and -shm files the same mode), whatever the umask.
    /// </summary>
    internal static string PrepareSqlite(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            CreatePrivately(path);
            builder.DataSource = path;
        }
        builder.DefaultTimeout = Math.Max(builder.DefaultTimeout, 30);
        return builder.ToString();
    }

    private static void CreatePrivately(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return;
        }
        if (!Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (File.Exists(path))
        {
            File.SetUnixFileMode(path, ownerOnly);
            return;
        }
        // Creating the file here is the only way to choose its mode. It is then given a header (WAL, as the app runs it):
        // EF checks existence over a read-only connection, which cannot write the header of a zero-byte file.
        using (new FileStream(path, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = ownerOnly }))
        {
        }
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}
