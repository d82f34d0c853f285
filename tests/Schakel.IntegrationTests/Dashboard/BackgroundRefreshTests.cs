using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Testing;
using Schakel.Web.Features.Dashboard.Aggregates;

namespace Schakel.IntegrationTests.Dashboard;

/// <summary>Months marked dirty by an edit are recounted in the background, without anyone opening the dashboard.</summary>
public sealed class BackgroundRefreshTests(BackgroundRefreshTests.RefreshingFactory factory) : IClassFixture<BackgroundRefreshTests.RefreshingFactory>
{
    public sealed class RefreshingFactory : SchakelFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings => [new("Dashboard:RefreshSeconds", "1")];
    }

    [Fact]
    public async Task A_new_signal_is_counted_without_a_dashboard_read()
    {
        var receivedAt = new DateTimeOffset(2004, 3, 15, 12, 0, 0, TimeSpan.Zero);
        var municipality = await factory.WithAsync(async db =>
        {
            var signal = await db.Signals.AsNoTracking().Where(s => s.MunicipalityId != null).Select(s => new { s.MelderTypeCode, s.MunicipalityId }).FirstAsync();
            db.Signals.Add(new Signal
            {
                Reference = "BG-REFRESH-1", Kind = SignalKind.Report, MelderTypeCode = signal.MelderTypeCode,
                MunicipalityId = signal.MunicipalityId, ReceivedAt = receivedAt,
            }.Stored(s => s.Status, SignalStatus.HandledLocally));
            await db.SaveChangesAsync();
            (await db.Set<FigureDirtyMonth>().AnyAsync(m => m.Month == 200403)).ShouldBeTrue("the save marks its month");
            return signal.MunicipalityId!.Value;
        });

        var counted = 0;
        for (var attempt = 0; attempt < 60 && counted == 0; attempt++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            counted = await factory.WithAsync(db => db.Set<FigureMonthCount>()
                .Where(c => c.Month == 200403 && c.MunicipalityId == municipality && c.Dimension == FigureDimension.Municipality)
                .SumAsync(c => c.N));
        }
        counted.ShouldBe(1, "the refresher recounted the month within 30 seconds");
        (await factory.WithAsync(db => db.Set<FigureDirtyMonth>().AnyAsync(m => m.Month == 200403))).ShouldBeFalse();
    }
}
