using Npgsql;

namespace Schakel.Testing;

/// <summary>
/// Every test that touches storage runs on the provider named by SCHAKEL_TEST_DB (Sqlite by default, or Postgres with
/// SCHAKEL_TEST_PG as the server's connection string). Each factory gets a database of its own and removes it afterwards.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public string Provider { get; }
    public string ConnectionString { get; }
    private readonly string? _sqliteDir;
    private readonly string? _pgName;

    public static string CurrentProvider => Environment.GetEnvironmentVariable("SCHAKEL_TEST_DB") is { Length: > 0 } p ? p : "Sqlite";
    public static bool IsPostgres => string.Equals(CurrentProvider, "Postgres", StringComparison.OrdinalIgnoreCase);

    public TestDatabase()
    {
        Provider = IsPostgres ? "Postgres" : "Sqlite";
        if (IsPostgres)
        {
            var server = Environment.GetEnvironmentVariable("SCHAKEL_TEST_PG")
                ?? throw new InvalidOperationException("SCHAKEL_TEST_DB=Postgres needs SCHAKEL_TEST_PG with the server's connection string.");
            _pgName = "schakel_t_" + Guid.NewGuid().ToString("N")[..16];
            ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _pgName, Pooling = true }.ToString();
        }
        else
        {
            _sqliteDir = Path.Combine(Path.GetTempPath(), "schakel-tests", Guid.NewGuid().ToString("N"));
            ConnectionString = $"Data Source={Path.Combine(_sqliteDir, "schakel.db")}";
        }
    }

    public void Dispose()
    {
        if (_sqliteDir is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_sqliteDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        if (_pgName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var admin = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres", Pooling = false }.ToString();
            using var connection = new NpgsqlConnection(admin);
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"DROP DATABASE IF EXISTS \"{_pgName}\" WITH (FORCE)";
            cmd.ExecuteNonQuery();
        }
    }
}
