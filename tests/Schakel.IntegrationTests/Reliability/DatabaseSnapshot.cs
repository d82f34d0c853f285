using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Schakel.IntegrationTests.Reliability;

/// <summary>Row count and content hash of every table, to compare a database with its restored copy.</summary>
internal static class DatabaseSnapshot
{
    public static Dictionary<string, (long Rows, string Hash)> Of(DbConnection connection, bool postgres)
    {
        var tables = new List<string>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = postgres
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }
        var result = new Dictionary<string, (long, string)>();
        foreach (var table in tables.OrderBy(t => t, StringComparer.Ordinal))
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = cmd.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                var values = new string[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    values[i] = reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
                }
                rows.Add(string.Join('|', values));
            }
            rows.Sort(StringComparer.Ordinal);
            result[table] = (rows.Count, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows)))));
        }
        return result;
    }

    public static Dictionary<string, (long Rows, string Hash)> OfSqlite(string path)
    {
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        c.Open();
        return Of(c, postgres: false);
    }

    public static Dictionary<string, (long Rows, string Hash)> OfPostgres(string connectionString)
    {
        using var c = new NpgsqlConnection(connectionString);
        c.Open();
        return Of(c, postgres: true);
    }
}
