using System.Security.Cryptography;
using Schakel.Core.Accounts;
using Schakel.Core.Audit;

namespace Schakel.UnitTests.Audit;

public sealed class AuditChainTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    private static List<(AuditRecord Record, string PreviousHash, string Hash)> Chain(int count, byte[] key)
    {
        var list = new List<(AuditRecord, string, string)>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var record = new AuditRecord(i, 638_000_000_000_000_000 + i, "u1", "Sanne de Vries", "Zwolle", "AttentionOfficer", AuditAction.Read, nameof(AuditRecordType.Signal), $"{i}", null, false, null);
            var hash = AuditChain.Hash(record, previous, key);
            list.Add((record, previous, hash));
            previous = hash;
        }
        return list;
    }

    [Fact]
    public void A_chain_verifies_only_with_its_own_key()
    {
        AuditChain.Verify(Chain(5, Key), Key, []).Intact.ShouldBeTrue();
        var other = AuditChain.Verify(Chain(5, Key), RandomNumberGenerator.GetBytes(32), []);
        other.BrokenAtSequence.ShouldBe(1);
    }

    [Fact]
    public void A_checkpoint_beyond_the_last_entry_reports_the_first_missing_sequence()
    {
        var chain = Chain(10, Key);
        var checkpoint = AuditCheckpoint.Sign(10, chain[^1].Hash, DateTimeOffset.UtcNow, Key);
        var cut = AuditChain.Verify(chain.Take(7), Key, [checkpoint]);
        cut.BrokenAtSequence.ShouldBe(8);
        cut.Reason.ShouldNotBeNull().ShouldContain("regels 8 tot en met 10 ontbreken");
    }

    [Fact]
    public void A_checkpoint_survives_its_own_text_form_and_a_changed_field_breaks_its_signature()
    {
        var checkpoint = AuditCheckpoint.Sign(42, new string('a', 64), new DateTimeOffset(2026, 12, 5, 22, 0, 0, TimeSpan.FromHours(1)), Key);
        var read = AuditCheckpoint.Parse([checkpoint.ToLine(), ""]).Single();
        read.IsSignedBy(Key).ShouldBeTrue();
        (read with { Sequence = 41 }).IsSignedBy(Key).ShouldBeFalse();
        AuditCheckpoint.Parse(["geen json"]).Single().IsSignedBy(Key).ShouldBeFalse();
    }

    [Fact]
    public void The_persons_an_entry_names_are_covered_by_its_hash()
    {
        var record = new AuditRecord(1, 1, null, "systeem", null, null, AuditAction.Create, "DemoData", null, null, false, "x");
        AuditChain.Hash(record, AuditChain.Genesis, Key).ShouldNotBe(AuditChain.Hash(record with { Subjects = ",1," }, AuditChain.Genesis, Key));
        AuditChain.LegacyIntact([(record, AuditChain.Genesis, AuditChain.LegacyHash(record, AuditChain.Genesis))]).ShouldBeTrue();
    }

    [Theory]
    [InlineData(new[] { Roles.Administrator, Roles.Police }, true)]
    [InlineData(new[] { Roles.Administrator, Roles.PolicyMaker }, false)]
    [InlineData(new[] { Roles.ChainDirector, Roles.Police }, false)]
    public void An_administrator_never_holds_a_role_that_sees_personal_data(string[] roles, bool conflicts) =>
        RoleSeparation.Conflicts(roles).ShouldBe(conflicts);
}
