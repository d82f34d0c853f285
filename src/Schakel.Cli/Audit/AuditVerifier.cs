using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Schakel.Core.Audit;

namespace Schakel.Cli.Audit;

/// <summary>Reads the audit table straight from the database, outside the app, and verifies the hash chain.</summary>
public static class AuditVerifier
{
    private const string Query =
        "SELECT \"Sequence\", \"AtUtcTicks\", \"UserId\", \"Actor\", \"Organisation\", \"Roles\", \"Action\", \"RecordType\", \"RecordId\", " +
        "\"Purpose\", \"Flagged\", \"Details\", \"PreviousHash\", \"Hash\" FROM \"AuditEntries\" ORDER BY \"Sequence\"";

    public static int Run(FileInfo? sqlite, string? postgres, TextWriter output, TextWriter error)
    {
        if ((sqlite is null) == (postgres is null))
        {
            error.WriteLine("Give exactly one of --sqlite <file> or --postgres <connection string>.");
            return ExitCodes.Usage;
        }
        if (sqlite is not null && !sqlite.Exists)
        {
            error.WriteLine($"Database file not found: {sqlite.FullName}");
            return ExitCodes.Usage;
        }
        DbConnection connection = sqlite is not null
            ? new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlite.FullName, Mode = SqliteOpenMode.ReadOnly }.ToString())
            : new NpgsqlConnection(postgres);
        using (connection)
        {
            try
            {
                connection.Open();
            }
            catch (Exception ex) when (ex is DbException or ArgumentException)
            {
                error.WriteLine($"Cannot open the database: {ex.Message}");
                return ExitCodes.Usage;
            }
            using var cmd = connection.CreateCommand();
            cmd.CommandText = Query;
            using var reader = cmd.ExecuteReader();
            var result = AuditChain.Verify(Read(reader));
            if (result.Intact)
            {
                output.WriteLine($"Audit log intact: {result.Checked} entries verified.");
                return ExitCodes.Ok;
            }
            output.WriteLine($"Audit log BROKEN at entry {result.BrokenAtSequence}: {result.Reason}. Entries from there on cannot be trusted.");
            return ExitCodes.RejectedLines;
        }
    }

    private static IEnumerable<(AuditRecord, string, string)> Read(DbDataReader r)
    {
        static string? S(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
        while (r.Read())
        {
            var record = new AuditRecord(
                r.GetInt64(0), r.GetInt64(1), S(r, 2), r.GetString(3), S(r, 4), S(r, 5), (AuditAction)Convert.ToInt32(r.GetValue(6), System.Globalization.CultureInfo.InvariantCulture),
                r.GetString(7), S(r, 8), S(r, 9), Convert.ToBoolean(r.GetValue(10), System.Globalization.CultureInfo.InvariantCulture), S(r, 11));
            yield return (record, r.GetString(12), r.GetString(13));
        }
    }
}
