using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Signals;
using Schakel.Testing;
using Schakel.Web.Features.Dashboard.Aggregates;

namespace Schakel.IntegrationTests.Admin;

/// <summary>Signals that reached the database around the application are counted after the administrator's recount.</summary>
public sealed class FigureRecountTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private Task<int> CountedAsync(int municipality) => factory.WithAsync(db => db.Set<FigureMonthCount>()
        .Where(c => c.Month == 200302 && c.MunicipalityId == municipality && c.Dimension == FigureDimension.Municipality)
        .SumAsync(c => c.N));

    [Fact]
    public async Task A_bulk_loaded_signal_is_counted_after_the_recount_and_the_recount_is_audited()
    {
        var municipality = await factory.WithAsync(async db =>
        {
            var template = await db.Signals.AsNoTracking().Where(s => s.MunicipalityId != null).Select(s => new { s.MelderTypeCode, s.MunicipalityId }).FirstAsync();
            db.Signals.Add(new Signal
            {
                Reference = "BULK-2003-1", Kind = SignalKind.Report, MelderTypeCode = template.MelderTypeCode, MunicipalityId = template.MunicipalityId,
                ReceivedAt = new DateTimeOffset(2003, 2, 10, 9, 0, 0, TimeSpan.Zero),
            }.Stored(s => s.Status, SignalStatus.HandledLocally));
            await db.SaveChangesAsync();
            // What a load around SaveChanges leaves behind: the row, without the mark that would have it counted.
            await db.Set<FigureDirtyMonth>().Where(m => m.Month == 200302).ExecuteDeleteAsync();
            return template.MunicipalityId!.Value;
        });
        (await CountedAsync(municipality)).ShouldBe(0);

        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var response = await admin.PostFormAsync("/beheer/kengetallen?handler=Recount", [], formPage: "/beheer/kengetallen");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Alle kengetallen zijn opnieuw geteld");

        (await CountedAsync(municipality)).ShouldBe(1);
        (await factory.WithAsync(db => db.AuditEntries.AnyAsync(a => a.RecordType == "FigureCounts" && a.Action == AuditAction.Update))).ShouldBeTrue();
    }

    [Fact]
    public async Task Only_the_administrator_may_recount()
    {
        var director = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        (await director.Client.GetAsync("/beheer/kengetallen")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // A valid token of the director's own session, from a page with a form he may open.
        var post = await director.PostFormAsync("/beheer/kengetallen?handler=Recount", [], formPage: "/account/tweestaps");
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
