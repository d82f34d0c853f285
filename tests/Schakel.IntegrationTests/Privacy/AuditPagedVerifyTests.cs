using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Signals;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Audit;

namespace Schakel.IntegrationTests.Privacy;

/// <summary>
/// The chain is verified page by page so its check does not hold the whole log. A page boundary must hide nothing: a
/// removed entry exactly where a page starts is found as it is when the log is read in one piece.
/// </summary>
public sealed class AuditPagedVerifyTests
{
    [Fact]
    public async Task Reading_the_log_in_pages_finds_what_one_read_finds_also_at_a_page_boundary()
    {
        using var factory = new SchakelFactory();
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        for (var i = 0; i < 12; i++)
        {
            await af.GetHtmlAsync($"/meldingen/{reference}");
        }
        var audit = factory.Services.GetRequiredService<AuditLog>();
        var whole = await factory.WithAsync(db => audit.VerifyAsync(db, int.MaxValue, CancellationToken.None));
        whole.Intact.ShouldBeTrue(whole.Reason);
        foreach (var size in new[] { 1, 3, 7 })
        {
            var paged = await factory.WithAsync(db => audit.VerifyAsync(db, size, CancellationToken.None));
            paged.Intact.ShouldBeTrue($"page size {size}: {paged.Reason}");
            paged.Checked.ShouldBe(whole.Checked, $"page size {size}");
        }

        // Entry 7 is where the third page of three starts; entries follow it, so it is a gap, not a cut at the end.
        (await factory.WithAsync(db => db.AuditEntries.MaxAsync(e => e.Sequence))).ShouldBeGreaterThan(9);
        (await factory.WithAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 7"))).ShouldBe(1);

        foreach (var size in new[] { 3, int.MaxValue })
        {
            var broken = await factory.WithAsync(db => audit.VerifyAsync(db, size, CancellationToken.None));
            broken.BrokenAtSequence.ShouldBe(7, $"page size {size}");
            broken.Reason.ShouldBe("volgnummer 7 ontbreekt (gevonden: 8)");
        }
    }
}
