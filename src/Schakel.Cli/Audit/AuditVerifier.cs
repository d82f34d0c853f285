using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Schakel.Core.Audit;
using Schakel.Core.Common;

namespace Schakel.Cli.Audit;

/// <summary>Reads the audit table straight from the database, outside the app, and verifies the hash chain.</summary>
public static class AuditVerifier
{
    private const string Query =
        "SELECT \"Sequence\", \"AtUtcTicks\", \"UserId\", \"Actor\", \"Organisation\", \"Roles\", \"Action\", \"RecordType\", \"RecordId\", " +
        "\"Purpose\", \"Flagged\", \"Details\", \"PreviousHash\", \"Hash\", \"SubjectIds\" FROM \"AuditEntries\" ORDER BY \"Sequence\"";

    /// <summary>Where to read from: one database, the chain key (a file or its text) and optionally the checkpoint file.</summary>
    public sealed record Source(FileInfo? Sqlite, string? Postgres, FileInfo? KeyFile, string? KeyText, FileInfo? Checkpoints);

    public static int Run(Source source, TextWriter output, TextWriter error)
    {
        var (sqlite, postgres) = (source.Sqlite, source.Postgres);
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
        var key = ReadKey(source, error);
        if (key is null)
        {
            return ExitCodes.Usage;
        }
        if (source.Checkpoints is { Exists: false })
        {
            error.WriteLine($"Checkpoint file not found: {source.Checkpoints.FullName}");
            return ExitCodes.Usage;
        }
        var checkpoints = source.Checkpoints is null ? [] : AuditCheckpoint.Parse(File.ReadLines(source.Checkpoints.FullName));
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
            var result = AuditChain.Verify(Read(reader), key, checkpoints);
            if (result.Intact)
            {
                output.WriteLine(result.LatestCheckpoint is { } latest
                    ? $"Auditlog intact: {result.Checked} regels gecontroleerd, {checkpoints.Count} ondertekende controlepunten kloppen (laatste: regel {latest.Sequence} op {DutchZone.Describe(latest.AtUtc)})."
                    : $"Auditlog intact: {result.Checked} regels gecontroleerd. Er zijn geen controlepunten opgegeven, dus regels die van het einde zijn afgeknipt vallen niet op.");
                return ExitCodes.Ok;
            }
            output.WriteLine($"Auditlog GEBROKEN bij regel {result.BrokenAtSequence}: {result.Reason}. Regels vanaf daar zijn niet te vertrouwen.");
            return ExitCodes.RejectedLines;
        }
    }

    private static byte[]? ReadKey(Source source, TextWriter error)
    {
        string text;
        if (source.KeyFile is not null)
        {
            if (!source.KeyFile.Exists)
            {
                error.WriteLine($"Key file not found: {source.KeyFile.FullName}");
                return null;
            }
            text = File.ReadAllText(source.KeyFile.FullName);
        }
        else if (!string.IsNullOrWhiteSpace(source.KeyText))
        {
            text = source.KeyText;
        }
        else
        {
            error.WriteLine("Give the audit chain key: --key-file <file>, or the environment variable Audit__ChainKey (base64).");
            return null;
        }
        var key = AuditKeyText.TryDecode(text, out var problem);
        if (key is null)
        {
            error.WriteLine($"The audit chain key cannot be used: {problem}.");
        }
        return key;
    }

    private static IEnumerable<(AuditRecord, string, string)> Read(DbDataReader r)
    {
        static string? S(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
        while (r.Read())
        {
            var record = new AuditRecord(
                r.GetInt64(0), r.GetInt64(1), S(r, 2), r.GetString(3), S(r, 4), S(r, 5), (AuditAction)Convert.ToInt32(r.GetValue(6), System.Globalization.CultureInfo.InvariantCulture),
                r.GetString(7), S(r, 8), S(r, 9), Convert.ToBoolean(r.GetValue(10), System.Globalization.CultureInfo.InvariantCulture), S(r, 11), S(r, 14));
            yield return (record, r.GetString(12), r.GetString(13));
        }
    }
}
