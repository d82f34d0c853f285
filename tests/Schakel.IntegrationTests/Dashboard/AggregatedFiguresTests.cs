using Microsoft.EntityFrameworkCore;
using Schakel.Core.Figures;
using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Testing;
using Schakel.Web.Features.Dashboard;
using Schakel.Web.Features.Dashboard.Aggregates;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Dashboard;

/// <summary>
/// The pre-counted figures against a direct count from the signals (<see cref="LiveFigureQueries"/>), on a random
/// fixture in 2005-2006 (years nothing else touches), for periods that start and end inside months; edits through
/// SaveChanges show in the next read; concurrent refreshes count every month once.
/// </summary>
public sealed class AggregatedFiguresTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static readonly string?[] Nationalities = ["Pools", "Poolse", "Nederlands", "Chinees", "staatloos", "", null];
    private static readonly string?[] Genders = ["V", "M", "X", null];

    private static string Describe(FigureSet set) => string.Join("\n", set.Tables.Select(t =>
        $"{t.Key} [{string.Join("|", t.Columns)}]: " + string.Join("; ", t.Rows.Select(r => $"{r.Label}={string.Join(",", r.Values)}"))));

    private async Task<(int[] Municipalities, int Region)> RandomFixtureAsync()
    {
        return await factory.WithAsync(async db =>
        {
            var municipalities = await db.Organisations.Where(o => o.Kind == OrganisationKind.Municipality).OrderBy(o => o.Id).Select(o => new { o.Id, o.RegionId }).ToListAsync();
            var ids = municipalities.Select(m => m.Id).ToArray();
            var region = municipalities.GroupBy(m => m.RegionId).OrderByDescending(g => g.Count()).First().Key;
            if (await db.Signals.AnyAsync(s => s.Reference.StartsWith("AGG-")))
            {
                return (ids, region);
            }
            var forms = await db.ReferenceItems.Where(r => r.List == ReferenceList.ExploitationForm).Select(r => r.Code).ToListAsync();
            var sectors = await db.ReferenceItems.Where(r => r.List == ReferenceList.Sector).Select(r => r.Code).ToListAsync();
            var melders = await db.ReferenceItems.Where(r => r.List == ReferenceList.MelderType).Select(r => r.Code).ToListAsync();
            var random = new Random(7);
            int? Place(int oneIn) => random.Next(oneIn) == 0 ? null : ids[random.Next(ids.Length)];
            var first = new DateTimeOffset(2005, 1, 1, 0, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < 400; i++)
            {
                var s = new Signal
                {
                    Reference = $"AGG-{i}", Kind = random.Next(4) == 0 ? SignalKind.AdviceQuestion : SignalKind.Report,
                    MelderTypeCode = melders[random.Next(melders.Count)],
                    SectorCode = random.Next(8) == 0 ? null : sectors[random.Next(sectors.Count)],
                    MunicipalityId = Place(8),
                    // Some exactly at midnight on the first of a month, to test the month edges.
                    ReceivedAt = random.Next(10) == 0 ? first.AddMonths(random.Next(24)) : first.AddMinutes(random.Next(2 * 365 * 24 * 60)),
                }.Stored(s => s.Status, SignalStatus.HandledLocally);
                if (s.Kind == SignalKind.Report && random.Next(5) == 0)
                {
                    s.Stored(x => x.RegisteredForTableAt, s.ReceivedAt.AddDays(2));
                }
                s.Forms.Add(new SignalForm { FormCode = forms[random.Next(forms.Count)] });
                if (random.Next(3) == 0)
                {
                    s.Forms.Add(new SignalForm { FormCode = forms.First(f => f != s.Forms[0].FormCode) });
                }
                for (var p = random.Next(3); p >= 0; p--)
                {
                    s.Subjects.Add(new Subject
                    {
                        Role = random.Next(4) == 0 ? SubjectRole.PossiblePerpetrator : SubjectRole.PossibleVictim,
                        AgeGroup = random.Next(5) == 0 ? null : AgeGroups.All[random.Next(AgeGroups.All.Count)].Code,
                        Gender = Genders[random.Next(Genders.Length)], Nationality = Nationalities[random.Next(Nationalities.Length)],
                        LivesInMunicipalityId = Place(4), WorksInMunicipalityId = Place(3), FoundInMunicipalityId = Place(2),
                    });
                }
                db.Signals.Add(s);
            }
            await db.SaveChangesAsync();
            // Cases (some closed, with open or closed tracks) and agenda decisions, for the funnel, tracks and victims in view.
            var table = await db.Set<RegionalTable>().FirstAsync();
            var meeting = new TableMeeting { TableId = table.Id, StartsAt = first };
            db.Add(meeting);
            var cases = Enumerable.Range(0, 12).Select(i =>
            {
                var opened = first.AddDays(random.Next(700));
                var c = new TableCase { Reference = $"AGG-CASE-{i}", TableId = table.Id, MunicipalityId = ids[random.Next(ids.Length)], OpenedAt = opened }
                    .Stored(c => c.ClosedAt, random.Next(2) == 0 ? opened.AddDays(random.Next(400)) : (DateTimeOffset?)null);
                if (i % 4 != 0)
                {
                    c.Tracks.Add(new CaseTrack { Kind = TrackKind.Care, OpenedAt = opened }.Stored(t => t.Status, random.Next(2) == 0 ? TrackStatus.Open : TrackStatus.Closed));
                }
                return c;
            }).ToList();
            db.AddRange(cases);
            await db.SaveChangesAsync();
            var signals = await db.Signals.Where(x => x.Reference.StartsWith("AGG-")).OrderBy(x => x.Id).ToListAsync();
            var position = 0;
            foreach (var signal in signals.Where((_, i) => i % 9 == 0))
            {
                signal.CaseId = cases[random.Next(cases.Count)].Id;
                db.Add(new AgendaItem { MeetingId = meeting.Id, Section = AgendaSection.NewSignal, Position = ++position, SignalId = signal.Id,
                    ReasonableSuspicion = random.Next(3) != 0, Outcome = TableOutcome.Tracks, DecidedAt = signal.ReceivedAt.AddDays(5) });
            }
            await db.SaveChangesAsync();
            return (ids, region);
        });
    }

    private Task<(string Aggregated, string Live)> BothAsync(FigureFilter filter) => factory.WithAsync(async db =>
        (Describe(await new FigureQueries(db).BuildAsync(filter, CancellationToken.None)),
         Describe(await new LiveFigureQueries(db).BuildAsync(filter, CancellationToken.None))));

    [Fact]
    public async Task Pre_counted_figures_equal_a_direct_count_for_whole_and_partial_months()
    {
        var (municipalities, region) = await RandomFixtureAsync();
        var periods = new (DateOnly From, DateOnly To)[]
        {
            (new(2005, 1, 1), new(2006, 12, 31)),
            (new(2005, 3, 17), new(2006, 2, 5)),
            (new(2005, 5, 3), new(2005, 5, 20)),
            (new(2005, 12, 31), new(2006, 1, 1)),
            (new(2005, 6, 30), new(2005, 8, 1)),
        };
        var areas = new (int? Municipality, int? Region)[] { (null, null), (municipalities[0], null), (municipalities[1], null), (null, region), (municipalities[0], region) };
        var checkedTables = 0;
        foreach (var (from, to) in periods)
        {
            foreach (var (municipality, inRegion) in areas)
            {
                var (aggregated, live) = await BothAsync(new FigureFilter(from, to, municipality, inRegion));
                aggregated.ShouldBe(live, $"{from}..{to} municipality {municipality} region {inRegion}");
                checkedTables++;
            }
        }
        // The fixture must really produce numbers, or the comparison proves nothing.
        var whole = await factory.WithAsync(db => new FigureQueries(db).BuildAsync(new FigureFilter(new(2005, 1, 1), new(2006, 12, 31)), CancellationToken.None));
        whole[FigureSet.Form].Rows.Sum(r => r.Values.Sum()).ShouldBeGreaterThan(400);
        whole[FigureSet.Flows].Rows.Sum(r => r.Values.Sum()).ShouldBeGreaterThan(50);
        whole[FigureSet.Nationality].Rows.Sum(r => r.Values.Sum()).ShouldBeGreaterThan(300);
        whole[FigureSet.Funnel].Rows.Single(r => r.Label == "Casus met traject(en)").Values[0].ShouldBeGreaterThan(0);
        whole[FigureSet.Funnel].Rows.Single(r => r.Label == "Redelijk vermoeden").Values[0].ShouldBeGreaterThan(0);
        var inView = whole[FigureSet.VictimsPerYear].Rows.Single(r => r.Label == "2006").Values;
        inView[0].ShouldBeGreaterThan(inView[1]);
        checkedTables.ShouldBe(25);
    }

    [Fact]
    public async Task An_edit_that_moves_a_signal_or_changes_its_profile_shows_in_the_next_read()
    {
        var (municipalities, _) = await RandomFixtureAsync();
        var (zwolle, deventer) = (municipalities[0], municipalities[1]);
        var sectors = await factory.WithAsync(db => db.ReferenceItems.Where(r => r.List == ReferenceList.Sector).OrderBy(r => r.SortOrder).Select(r => new { r.Code, r.Label }).Take(2).ToListAsync());
        var melder = await factory.WithAsync(db => db.ReferenceItems.Where(r => r.List == ReferenceList.MelderType).Select(r => r.Code).FirstAsync());
        var id = await factory.WithAsync(async db =>
        {
            var s = new Signal
            {
                Reference = "AGGEDIT-1", MelderTypeCode = melder, Kind = SignalKind.Report, MunicipalityId = zwolle, SectorCode = sectors[0].Code,
                ReceivedAt = new DateTimeOffset(2004, 3, 10, 12, 0, 0, TimeSpan.Zero),
            }.Stored(s => s.Status, SignalStatus.HandledLocally);
            s.Subjects.Add(new Subject { Gender = "V" });
            db.Signals.Add(s);
            await db.SaveChangesAsync();
            return s.Id;
        });
        var year = new FigureFilter(new(2004, 1, 1), new(2004, 12, 31));
        async Task<FigureSet> ReadAsync(FigureFilter f) => await factory.WithAsync(db => new FigureQueries(db).BuildAsync(f, CancellationToken.None));
        int Cell(FigureSet set, string key, string label, int column = 0) => set[key].Rows.Single(r => r.Label == label).Values[column];
        var names = await factory.WithAsync(db => db.Organisations.Where(o => o.Id == zwolle || o.Id == deventer).ToDictionaryAsync(o => o.Id, o => o.Name));
        string Name(FigureSet _, int municipality) => names[municipality];

        var before = await ReadAsync(year);
        Cell(before, FigureSet.Municipality, Name(before, zwolle)).ShouldBe(1);
        Cell(before, FigureSet.Sector, sectors[0].Label).ShouldBe(1);
        Cell(before, FigureSet.Quarter, "K1 2004").ShouldBe(1);
        Cell(before, FigureSet.Gender, "Vrouw").ShouldBe(1);

        // Another municipality, another sector, another quarter, and the victim's gender: all through SaveChanges.
        await factory.WithAsync(async db =>
        {
            var s = await db.Signals.Include(x => x.Subjects).SingleAsync(x => x.Id == id);
            s.MunicipalityId = deventer;
            s.SectorCode = sectors[1].Code;
            s.Stored(x => x.ReceivedAt, new DateTimeOffset(2004, 8, 1, 0, 0, 0, TimeSpan.Zero));
            await db.SaveChangesAsync();
            return 0;
        });
        await factory.WithAsync(async db =>
        {
            var victim = await db.Subjects.SingleAsync(p => p.SignalId == id);
            victim.Gender = "M";
            await db.SaveChangesAsync();
            return 0;
        });
        var after = await ReadAsync(year);
        Cell(after, FigureSet.Municipality, Name(after, zwolle)).ShouldBe(0);
        Cell(after, FigureSet.Municipality, Name(after, deventer)).ShouldBe(1);
        Cell(after, FigureSet.Sector, sectors[0].Label).ShouldBe(0);
        Cell(after, FigureSet.Sector, sectors[1].Label).ShouldBe(1);
        Cell(after, FigureSet.Quarter, "K1 2004").ShouldBe(0);
        Cell(after, FigureSet.Quarter, "K3 2004").ShouldBe(1);
        Cell(after, FigureSet.Gender, "Vrouw").ShouldBe(0);
        Cell(after, FigureSet.Gender, "Man").ShouldBe(1);
        (await ReadAsync(year with { MunicipalityId = zwolle }))[FigureSet.Sector].Rows.Sum(r => r.Values.Sum()).ShouldBe(0);

        // Deleting the signal takes it out of every count.
        await factory.WithAsync(async db =>
        {
            db.Signals.Remove(await db.Signals.SingleAsync(x => x.Id == id));
            await db.SaveChangesAsync();
            return 0;
        });
        (await ReadAsync(year))[FigureSet.Municipality].Rows.Sum(r => r.Values.Sum()).ShouldBe(0);
    }

    [Fact]
    public async Task Two_refreshes_at_once_count_every_month_once()
    {
        await RandomFixtureAsync();
        for (var round = 0; round < 3; round++)
        {
            // Mark every month of the fixture dirty again, then let two contexts refresh concurrently.
            await factory.WithAsync(async db =>
            {
                var months = Enumerable.Range(0, 24).Select(i => FigureMonths.Of(new DateOnly(2005, 1, 1).AddMonths(i)));
                var municipalities = await db.Organisations.Where(o => o.Kind == OrganisationKind.Municipality).Select(o => o.Id).ToListAsync();
                db.AddRange(months.SelectMany(m => municipalities.Append(0).Select(x => new FigureDirtyMonth { Month = m, MunicipalityId = x })));
                await db.SaveChangesAsync();
                return 0;
            });
            var refreshed = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => factory.WithAsync(db => new FigureAggregator(db).RefreshAsync(CancellationToken.None)))));
            refreshed.Sum().ShouldBeGreaterThan(0);
            await factory.WithAsync(async db =>
            {
                (await db.Set<FigureDirtyMonth>().CountAsync()).ShouldBe(0);
                var counted = await db.Set<FigureMonthCount>().Where(c => c.Month >= 200501 && c.Month <= 200612 && c.Dimension == FigureDimension.Municipality).SumAsync(c => c.N);
                var signals = await db.Signals.CountAsync(s => s.ReceivedAt >= new DateTimeOffset(2005, 1, 1, 0, 0, 0, TimeSpan.Zero) && s.ReceivedAt < new DateTimeOffset(2007, 1, 1, 0, 0, 0, TimeSpan.Zero));
                counted.ShouldBe(signals);
                return 0;
            });
        }
    }
}
