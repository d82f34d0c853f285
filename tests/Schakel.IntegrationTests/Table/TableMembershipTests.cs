using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Table;

/// <summary>Membership, not a role, opens the table: a police or RIEC user without a seat is refused.</summary>
public sealed class TableMembershipTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task Removing_a_seat_closes_the_table_pages_for_that_person()
    {
        var riecId = await factory.UserIdAsync("riec@demo.schakel.nl");
        await factory.WithAsync(async db =>
        {
            db.RemoveRange(await db.Set<TableMember>().Where(m => m.UserId == riecId).ToListAsync());
            return await db.SaveChangesAsync();
        });
        var next = await factory.MeetingIdAsync(next: true);
        var caseId = await factory.DemoCaseIdAsync();
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        foreach (var url in new[] { $"/tafel/vergaderingen/{next}/agenda", $"/tafel/vergaderingen/{next}/voorronde", $"/tafel/vergaderingen/{next}/verslag", $"/zaken/{caseId}" })
        {
            (await riec.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }
        // A seat for the whole organisation opens it again.
        var riecOrg = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "RIEC Oost-Nederland").Select(o => o.Id).SingleAsync());
        await factory.WithAsync(async db =>
        {
            var table = await db.Set<RegionalTable>().FirstAsync();
            db.Set<TableMember>().Add(new TableMember { TableId = table.Id, OrganisationId = riecOrg });
            return await db.SaveChangesAsync();
        });
        (await riec.GetAsync($"/tafel/vergaderingen/{next}/agenda")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
