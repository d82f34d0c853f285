using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Cli.Audit;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Audit;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Privacy;

/// <summary>
/// A database administrator who knows how the chain is built tries to hide what happened. Without the key, which is
/// not in the database, no rewrite verifies; without write access to the checkpoint file, no cut at the end does.
/// </summary>
public sealed class AuditChainAttackTests
{
    [Fact]
    public async Task Rewriting_an_entry_and_rehashing_onward_with_plain_sha256_is_reported_at_that_entry()
    {
        using var factory = new SchakelFactory();
        var fg = await ReadSomeSignalsAsync(factory);
        var last = await LastSequenceAsync(factory);
        var target = last - 3;

        await factory.WithAsync(async db =>
        {
            var all = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
            all.Single(e => e.Sequence == target).Actor = "Iemand anders";
            RehashUnkeyed(all, from: target);
            return await db.SaveChangesAsync();
        });

        (await fg.GetHtmlAsync("/privacy/audit")).ShouldContain($"De keten is verbroken bij regel {target}");
        var (exit, output) = Cli(factory);
        exit.ShouldBe(1);
        output.ShouldContain($"GEBROKEN bij regel {target}");
        // The checkpoint job refuses to sign a head it cannot verify.
        (await factory.Services.GetRequiredService<AuditLog>().WriteCheckpointAsync(CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Cutting_entries_from_the_middle_and_renumbering_is_reported_where_the_cut_is()
    {
        using var factory = new SchakelFactory();
        var fg = await ReadSomeSignalsAsync(factory);
        var last = await LastSequenceAsync(factory);
        var cut = last - 4;

        await factory.WithAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" IN ({cut}, {cut + 1})");
            // Renumber in two steps so the unique index on Sequence never sees two equal numbers.
            await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"Sequence\" = -\"Sequence\" WHERE \"Sequence\" > {cut + 1}");
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Sequence\" = -\"Sequence\" - 2 WHERE \"Sequence\" < 0");
            var all = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
            RehashUnkeyed(all, from: cut);
            return await db.SaveChangesAsync();
        });

        (await fg.GetHtmlAsync("/privacy/audit")).ShouldContain($"De keten is verbroken bij regel {cut}");
        var (exit, output) = Cli(factory);
        exit.ShouldBe(1);
        output.ShouldContain($"GEBROKEN bij regel {cut}");
    }

    [Fact]
    public async Task Deleting_the_last_entries_is_reported_through_the_signed_checkpoint()
    {
        using var factory = new SchakelFactory();
        var fg = await ReadSomeSignalsAsync(factory);
        var checkpoint = await factory.Services.GetRequiredService<AuditLog>().WriteCheckpointAsync(CancellationToken.None);
        checkpoint.ShouldNotBeNull();
        (await fg.GetHtmlAsync("/privacy/audit")).ShouldContain("De keten is intact");
        Cli(factory).Exit.ShouldBe(0);

        var firstGone = checkpoint.Sequence - 1;
        await factory.WithAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"AuditEntries\" WHERE \"Sequence\" >= {firstGone}"));

        var page = await fg.GetHtmlAsync("/privacy/audit");
        page.ShouldContain($"De keten is verbroken bij regel {firstGone}");
        page.ShouldContain("ontbreken");
        var (exit, output) = Cli(factory);
        exit.ShouldBe(1);
        output.ShouldContain($"GEBROKEN bij regel {firstGone}");
        // Without the checkpoint file the shortened chain looks whole; the command says it cannot tell.
        var (_, blind) = Cli(factory, withCheckpoints: false);
        blind.ShouldContain("vallen niet op");
    }

    [Fact]
    public async Task A_forged_checkpoint_line_is_reported()
    {
        using var factory = new SchakelFactory();
        var fg = await ReadSomeSignalsAsync(factory);
        var forged = AuditCheckpoint.Sign(999_999, AuditChain.Genesis, DateTimeOffset.UtcNow, new byte[32]);
        await File.AppendAllTextAsync(factory.AuditCheckpointFile, forged.ToLine() + "\n");
        (await fg.GetHtmlAsync("/privacy/audit")).ShouldContain("is niet met de sleutel ondertekend");
        Cli(factory).Exit.ShouldBe(1);
    }

    [Fact]
    public async Task An_unkeyed_chain_from_before_keying_is_carried_over_once_and_then_verifies()
    {
        using var factory = new SchakelFactory();
        var fg = await ReadSomeSignalsAsync(factory);
        var count = await factory.WithAsync(async db =>
        {
            var all = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
            RehashUnkeyed(all, from: 1);
            await db.SaveChangesAsync();
            return all.Count;
        });
        // A fresh log (as after an upgrade) with an empty checkpoint file carries the chain over and checkpoints it.
        var settings = factory.Services.GetRequiredService<AuditChainSettings>();
        var checkpoints = Path.Combine(Path.GetTempPath(), "schakel-tests", Guid.NewGuid().ToString("N") + ".jsonl");
        using var upgraded = new AuditLog(factory.Services.GetRequiredService<IServiceScopeFactory>(), new Microsoft.AspNetCore.Http.HttpContextAccessor(), TimeProvider.System,
            new AuditChainSettings(settings.Key, checkpoints, settings.CheckpointInterval), Microsoft.Extensions.Logging.Abstractions.NullLogger<AuditLog>.Instance);
        await upgraded.EnsureKeyedAsync();

        AuditCheckpointFile.Read(checkpoints).Single().Sequence.ShouldBe(count + 1);
        var result = await factory.WithAsync(db => upgraded.VerifyAsync(db, CancellationToken.None));
        result.Intact.ShouldBeTrue();
        var marker = await factory.WithAsync(db => db.AuditEntries.SingleAsync(e => e.Sequence == count + 1));
        marker.Details.ShouldNotBeNull().ShouldContain("overgezet");
        File.Delete(checkpoints);
    }

    [Fact]
    public async Task A_chain_rehashed_without_the_key_is_not_carried_over_once_checkpoints_exist()
    {
        using var factory = new SchakelFactory();
        var fg = await ReadSomeSignalsAsync(factory);
        var audit = factory.Services.GetRequiredService<AuditLog>();
        (await audit.WriteCheckpointAsync(CancellationToken.None)).ShouldNotBeNull();
        await factory.WithAsync(async db =>
        {
            var all = await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
            all[2].Actor = "Iemand anders";
            RehashUnkeyed(all, from: 1);
            return await db.SaveChangesAsync();
        });
        var settings = factory.Services.GetRequiredService<AuditChainSettings>();
        using var restarted = new AuditLog(factory.Services.GetRequiredService<IServiceScopeFactory>(), new Microsoft.AspNetCore.Http.HttpContextAccessor(), TimeProvider.System,
            settings, Microsoft.Extensions.Logging.Abstractions.NullLogger<AuditLog>.Instance);
        await restarted.EnsureKeyedAsync();
        (await fg.GetHtmlAsync("/privacy/audit")).ShouldContain("De keten is verbroken bij regel 1");
    }

    [Fact]
    public async Task The_check_command_refuses_to_run_without_the_key_and_reads_it_from_a_key_file()
    {
        using var factory = new SchakelFactory();
        await ReadSomeSignalsAsync(factory);
        var (sqlite, postgres) = Database(factory);
        var output = new StringWriter();
        var error = new StringWriter();
        AuditVerifier.Run(new AuditVerifier.Source(sqlite, postgres, null, null, null), output, error).ShouldBe(2);
        error.ToString().ShouldContain("--key-file");

        var keyFile = Path.Combine(Path.GetTempPath(), "schakel-tests", Guid.NewGuid().ToString("N") + ".key");
        await File.WriteAllTextAsync(keyFile, factory.AuditChainKey + "\n");
        try
        {
            AuditVerifier.Run(new AuditVerifier.Source(sqlite, postgres, new FileInfo(keyFile), null, null), output, error).ShouldBe(0);
            // Another key (someone guessing, or a key from another installation) does not verify the chain.
            await File.WriteAllTextAsync(keyFile, Convert.ToBase64String(new byte[32]));
            AuditVerifier.Run(new AuditVerifier.Source(sqlite, postgres, new FileInfo(keyFile), null, null), output, error).ShouldBe(1);
        }
        finally
        {
            File.Delete(keyFile);
        }
    }

    /// <summary>What the attacker can do: recompute the published chain formula without the key.</summary>
    private static void RehashUnkeyed(List<AuditEntry> ordered, long from)
    {
        var previous = ordered.FirstOrDefault(e => e.Sequence == from - 1)?.Hash ?? AuditChain.Genesis;
        foreach (var e in ordered.Where(e => e.Sequence >= from))
        {
            e.PreviousHash = previous;
            e.Hash = AuditChain.LegacyHash(e.ToRecord(), previous);
            previous = e.Hash;
        }
    }

    private static async Task<WebSession> ReadSomeSignalsAsync(SchakelFactory factory)
    {
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        for (var i = 0; i < 6; i++)
        {
            await af.GetHtmlAsync($"/meldingen/{reference}");
        }
        return await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
    }

    private static Task<long> LastSequenceAsync(SchakelFactory factory) =>
        factory.WithAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence));

    private static (FileInfo? Sqlite, string? Postgres) Database(SchakelFactory factory)
    {
        if (TestDatabase.IsPostgres)
        {
            return (null, factory.Database.ConnectionString);
        }
        SqliteConnection.ClearAllPools();
        return (new FileInfo(new SqliteConnectionStringBuilder(factory.Database.ConnectionString).DataSource), null);
    }

    private static (int Exit, string Output) Cli(SchakelFactory factory, bool withCheckpoints = true)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var (sqlite, postgres) = Database(factory);
        var checkpoints = withCheckpoints && File.Exists(factory.AuditCheckpointFile) ? new FileInfo(factory.AuditCheckpointFile) : null;
        var exit = AuditVerifier.Run(new AuditVerifier.Source(sqlite, postgres, null, factory.AuditChainKey, checkpoints), output, error);
        error.ToString().ShouldBeEmpty();
        return (exit, output.ToString());
    }
}
