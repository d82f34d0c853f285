using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Table;
using Schakel.Testing;
using Schakel.Web.Features.Shared;
using Schakel.Web.Features.Table;

namespace Schakel.IntegrationTests.Table;

/// <summary>Meetings follow the table's rhythm: the next one is planned for the table, and moving one can move the series.</summary>
public sealed class MeetingRhythmTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Chair = "procesregisseur@demo.schakel.nl";

    [Fact]
    public void The_next_date_keeps_the_Dutch_time_of_day_across_summer_time_and_skips_the_past()
    {
        var winter = DutchTime.ToUtc(new DateTime(2027, 3, 19, 10, 0, 0));
        var next = MeetingRhythm.NextAt(winter, 14, winter);
        DutchTime.ToLocal(next).ShouldBe(new DateTime(2027, 4, 2, 10, 0, 0));
        (next - winter).ShouldBe(TimeSpan.FromDays(14) - TimeSpan.FromHours(1), "summer time began in between");
        // A table that has not met for five weeks gets its next meeting ahead, not in the past.
        var late = MeetingRhythm.NextAt(winter, 14, winter.AddDays(35));
        DutchTime.ToLocal(late).ShouldBe(new DateTime(2027, 4, 30, 10, 0, 0));
    }

    [Fact]
    public async Task Preparing_a_meeting_plans_the_next_one_and_moving_can_take_the_series_along()
    {
        var (tableId, meeting, startsAt, interval) = await factory.WithAsync(async db =>
        {
            var m = await db.Set<TableMeeting>().Include(x => x.Table).Where(x => x.Table!.Name == Schakel.Web.Features.Demo.DemoTable.Name).OrderBy(x => x.StartsAt).Skip(1).FirstAsync();
            return (m.TableId, m.Id, m.StartsAt, m.Table!.MeetingIntervalDays);
        });
        var chair = await WebSession.SignedInAsync(factory, Chair);
        var url = $"/tafel/vergaderingen/{meeting}";
        (await chair.PostFormAsync(url + "?handler=Generate", [], formPage: url)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var later = await factory.WithAsync(db => db.Set<TableMeeting>().Where(m => m.TableId == tableId && m.StartsAt > startsAt).Select(m => m.StartsAt).ToListAsync());
        later.Count.ShouldBe(1);
        DutchTime.ToLocal(later[0]).ShouldBe(DutchTime.ToLocal(startsAt).AddDays(interval));
        (await chair.GetHtmlAsync("/tafel")).ShouldContain(DutchTime.Format(later[0]));

        // Without a choice nothing moves when later meetings exist; "deze en alle volgende" shifts both by one day.
        var html = await chair.GetHtmlAsync(url);
        html.ShouldContain("Deze en alle volgende");
        var version = WebSession.HiddenValue(html, "Version")!;
        var target = DutchTime.ToLocal(startsAt).AddDays(1).AddHours(2);
        var noChoice = await chair.PostFormAsync(url + "?handler=Move", new() { ["StartsAt"] = target.ToString("yyyy-MM-ddTHH:mm"), ["Version"] = version }, formPage: url);
        noChoice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noChoice.Content.ReadAsStringAsync()).ShouldContain(target.ToString("yyyy-MM-ddTHH:mm"));

        (await chair.PostFormAsync(url + "?handler=Move", new() { ["StartsAt"] = target.ToString("yyyy-MM-ddTHH:mm"), ["Version"] = version, ["Series"] = MeetingModel.ThisAndLater }, formPage: url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var moved = await factory.WithAsync(db => db.Set<TableMeeting>().Where(m => m.TableId == tableId && m.StartsAt > startsAt).OrderBy(m => m.StartsAt).Select(m => m.StartsAt).ToListAsync());
        moved.Count.ShouldBe(2);
        DutchTime.ToLocal(moved[0]).ShouldBe(target);
        DutchTime.ToLocal(moved[1]).ShouldBe(DutchTime.ToLocal(later[0]).AddDays(1).AddHours(2));

        // "Alleen deze" leaves the rest of the series where it is; a stale version is refused.
        version = WebSession.HiddenValue(await chair.GetHtmlAsync(url), "Version")!;
        (await chair.PostFormAsync(url + "?handler=Move", new() { ["StartsAt"] = DutchTime.ToLocal(startsAt).ToString("yyyy-MM-ddTHH:mm"), ["Version"] = version, ["Series"] = MeetingModel.OnlyThis }, formPage: url))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithAsync(db => db.Set<TableMeeting>().Where(m => m.TableId == tableId && m.StartsAt > startsAt).Select(m => m.StartsAt).SingleAsync())).ShouldBe(moved[1]);
        var stale = await chair.PostFormAsync(url + "?handler=Move", new() { ["StartsAt"] = target.ToString("yyyy-MM-ddTHH:mm"), ["Version"] = version, ["Series"] = MeetingModel.ThisAndLater }, formPage: url);
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await factory.WithAsync(db => db.Set<TableMeeting>().Where(m => m.TableId == tableId && m.StartsAt > startsAt).Select(m => m.StartsAt).SingleAsync())).ShouldBe(moved[1]);
    }

    [Fact]
    public async Task The_job_plans_the_next_meeting_for_a_table_whose_last_meeting_was_held()
    {
        var now = factory.Now;
        var held = DutchTime.ToUtc(DutchTime.ToLocal(now).Date.AddDays(-20).AddHours(14));
        var tableId = await factory.WithAsync(async db =>
        {
            var regionId = await db.Set<RegionalTable>().Select(t => t.RegionId).FirstAsync();
            var table = new RegionalTable { Name = "Ritmetafel " + Guid.NewGuid().ToString("N")[..6], RegionId = regionId, MeetingIntervalDays = 14 };
            db.Set<RegionalTable>().Add(table);
            await db.SaveChangesAsync();
            db.Set<TableMeeting>().Add(new TableMeeting { TableId = table.Id, StartsAt = held });
            await db.SaveChangesAsync();
            return table.Id;
        });
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<MeetingRhythm>().KeepOneAheadAsync(CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        }
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            // Run twice: the table is one ahead now, so the second run plans nothing more for it.
            await scope.ServiceProvider.GetRequiredService<MeetingRhythm>().KeepOneAheadAsync(CancellationToken.None);
        }
        var meetings = await factory.WithAsync(db => db.Set<TableMeeting>().Where(m => m.TableId == tableId).OrderBy(m => m.StartsAt).Select(m => m.StartsAt).ToListAsync());
        meetings.Count.ShouldBe(2);
        DutchTime.ToLocal(meetings[1]).ShouldBe(DutchTime.ToLocal(held).AddDays(28), "-20 + 14 is still past; -20 + 28 is the next to come");
    }
}
