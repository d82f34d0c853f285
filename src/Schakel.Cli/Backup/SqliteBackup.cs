using Microsoft.Data.Sqlite;

namespace Schakel.Cli.Backup;

/// <summary>
/// Consistent snapshots of the embedded SQLite database through SQLite's online backup API: the copy is taken page by
/// page inside one read transaction, so it is consistent even while Schakel keeps writing. PostgreSQL uses pg_dump.
/// </summary>
public static class SqliteBackup
{
    public static int Backup(FileInfo database, FileInfo output, bool force, TextWriter log, TextWriter error)
    {
        database.Refresh();
        output.Refresh();
        if (!database.Exists)
        {
            error.WriteLine($"Database file not found: {database.FullName}");
            return ExitCodes.Usage;
        }
        if (output.Exists && !force)
        {
            error.WriteLine($"{output.FullName} already exists; use --force to overwrite it.");
            return ExitCodes.Usage;
        }
        Directory.CreateDirectory(output.DirectoryName!);
        var temp = output.FullName + ".partial";
        File.Delete(temp);
        using (var source = Open(database.FullName, SqliteOpenMode.ReadOnly))
        using (var target = Open(temp, SqliteOpenMode.ReadWriteCreate))
        {
            source.BackupDatabase(target);
            using var check = target.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            var result = (string?)check.ExecuteScalar();
            if (result != "ok")
            {
                error.WriteLine($"The snapshot failed its integrity check: {result}");
                return ExitCodes.RejectedLines;
            }
            using var mode = target.CreateCommand();
            mode.CommandText = "PRAGMA journal_mode=DELETE";
            mode.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
        // Only a complete, checked snapshot takes the final name.
        File.Move(temp, output.FullName, overwrite: true);
        log.WriteLine($"Backup written to {output.FullName} ({new FileInfo(output.FullName).Length:N0} bytes).");
        return ExitCodes.Ok;
    }

    public static int Restore(FileInfo input, FileInfo database, bool force, TextWriter log, TextWriter error)
    {
        input.Refresh();
        database.Refresh();
        if (!input.Exists)
        {
            error.WriteLine($"Backup file not found: {input.FullName}");
            return ExitCodes.Usage;
        }
        if (database.Exists && database.Length > 0 && !force)
        {
            error.WriteLine($"{database.FullName} already exists; stop Schakel and use --force to replace it.");
            return ExitCodes.Usage;
        }
        using (var source = Open(input.FullName, SqliteOpenMode.ReadOnly))
        {
            using var check = source.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            string? result;
            try
            {
                result = (string?)check.ExecuteScalar();
            }
            catch (SqliteException ex)
            {
                error.WriteLine($"{input.FullName} is not a readable SQLite backup: {ex.Message}");
                return ExitCodes.Usage;
            }
            if (result != "ok")
            {
                error.WriteLine($"The backup failed its integrity check: {result}");
                return ExitCodes.RejectedLines;
            }
            Directory.CreateDirectory(database.DirectoryName!);
            foreach (var suffix in new[] { "-wal", "-shm" })
            {
                File.Delete(database.FullName + suffix);
            }
            using var target = Open(database.FullName, SqliteOpenMode.ReadWriteCreate);
            source.BackupDatabase(target);
        }
        SqliteConnection.ClearAllPools();
        log.WriteLine($"Restored {input.FullName} into {database.FullName}.");
        return ExitCodes.Ok;
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
