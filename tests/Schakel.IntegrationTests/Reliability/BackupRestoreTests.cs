using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using Schakel.Cli.Backup;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Reliability;

/// <summary>A backup restored into an empty database holds every table exactly as it was.</summary>
public sealed class BackupRestoreTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task A_backup_restored_into_an_empty_database_equals_the_original_in_every_table()
    {
        // Some activity first, so the audit chain and notifications are not empty.
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        await af.GetHtmlAsync("/");
        var dir = Directory.CreateTempSubdirectory("schakel-backup-").FullName;
        try
        {
            if (TestDatabase.IsPostgres)
            {
                await PostgresRoundTripAsync(dir);
            }
            else
            {
                SqliteRoundTrip(dir);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private void SqliteRoundTrip(string dir)
    {
        var original = new SqliteConnectionStringBuilder(factory.Database.ConnectionString).DataSource;
        var backup = new FileInfo(Path.Combine(dir, "schakel.backup"));
        var restored = new FileInfo(Path.Combine(dir, "restored", "schakel.db"));
        var log = new StringWriter();
        var error = new StringWriter();

        // Taken while the app is running, as an operator would.
        SqliteBackup.Backup(new FileInfo(original), backup, force: false, log, error).ShouldBe(0, error.ToString());
        SqliteBackup.Backup(new FileInfo(original), backup, force: false, log, error).ShouldBe(2, "an existing backup is not overwritten without --force");
        SqliteBackup.Restore(backup, restored, force: false, log, error).ShouldBe(0, error.ToString());
        SqliteBackup.Restore(backup, restored, force: false, log, new StringWriter()).ShouldBe(2, "a database is not replaced without --force");

        var before = DatabaseSnapshot.OfSqlite(original);
        var after = DatabaseSnapshot.OfSqlite(restored.FullName);
        before.Keys.ShouldContain("Signals");
        before.Keys.ShouldContain("AuditEntries");
        before["Signals"].Rows.ShouldBeGreaterThan(0);
        after.ShouldBe(before);
    }

    private async Task PostgresRoundTripAsync(string dir)
    {
        var source = new NpgsqlConnectionStringBuilder(factory.Database.ConnectionString);
        var target = new NpgsqlConnectionStringBuilder(factory.Database.ConnectionString) { Database = source.Database + "_restore" };
        var dump = Path.Combine(dir, "schakel.dump");
        try
        {
            // The documented procedure: pg_dump in custom format, pg_restore into a new empty database.
            Run("pg_dump", $"-Fc -h {source.Host} -p {source.Port} -U {source.Username} -f {dump} {source.Database}", source.Password!);
            Run("createdb", $"-h {source.Host} -p {source.Port} -U {source.Username} {target.Database}", source.Password!);
            Run("pg_restore", $"--no-owner -h {source.Host} -p {source.Port} -U {source.Username} -d {target.Database} {dump}", source.Password!);
            var before = DatabaseSnapshot.OfPostgres(source.ToString());
            var after = DatabaseSnapshot.OfPostgres(target.ToString());
            before["Signals"].Rows.ShouldBeGreaterThan(0);
            after.ShouldBe(before);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(source.ToString()) { Database = "postgres", Pooling = false }.ToString());
            await admin.OpenAsync();
            await using var drop = admin.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{target.Database}\" WITH (FORCE)";
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static void Run(string tool, string arguments, string password)
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin", tool)).LastOrDefault(File.Exists) ?? tool;
        var start = new ProcessStartInfo(bin, arguments) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, $"{tool}: {stderr}");
    }
}
