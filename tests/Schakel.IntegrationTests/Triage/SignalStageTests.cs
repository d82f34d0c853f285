using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Testing;
using static Schakel.IntegrationTests.Triage.TriageData;

namespace Schakel.IntegrationTests.Triage;

/// <summary>
/// A signal the table made into a case no longer reads "registered for the table": those who may see the case read its
/// reference and stage, everyone else who sees the signal a neutral line, on the signal page and in the queues.
/// </summary>
public sealed class SignalStageTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private Task<(string Signal, string Case)> DemoCaseAsync() =>
        factory.WithAsync(async db =>
        {
            var c = await db.Set<Schakel.Core.Table.TableCase>().OrderBy(x => x.Id).Select(x => new { x.Id, x.Reference }).FirstAsync();
            var signal = await db.Signals.Where(s => s.CaseId == c.Id).OrderBy(s => s.Id).Select(s => s.Reference).FirstAsync();
            return (signal, c.Reference);
        });

    [Fact]
    public async Task Those_who_see_the_case_read_its_reference_and_stage_everyone_else_a_neutral_line_until_it_closes()
    {
        var (signal, caseReference) = await DemoCaseAsync();
        var expected = $"Casus {caseReference} · 2 sporen lopen";

        // The municipality's attention officer and a table member see the case.
        foreach (var email in new[] { AfZwolle, ProcessDirector })
        {
            var session = await WebSession.SignedInAsync(factory, email);
            var detail = WebUtility.HtmlDecode(await session.GetHtmlAsync($"/meldingen/{signal}"));
            detail.ShouldContain($"data-testid=\"status\">{expected}<");
        }
        var af = await WebSession.SignedInAsync(factory, AfZwolle);
        var queue = WebUtility.HtmlDecode(await af.GetHtmlAsync("/meldingen?Status=tafel"));
        queue.ShouldContain(signal);
        queue.ShouldContain(expected);

        // A chain director of the region without a seat at the table sees the signal, not the case.
        await factory.EnsureChainDirectorOffTableAsync();
        var offTable = await WebSession.SignedInAsync(factory, ChainDirectorOffTable);
        var neutral = WebUtility.HtmlDecode(await offTable.GetHtmlAsync($"/meldingen/{signal}"));
        neutral.ShouldContain($"data-testid=\"status\">{SignalStage.PickedUpByTable}<");
        neutral.ShouldNotContain(caseReference);
        neutral.ShouldNotContain("/zaken/");
        var regional = WebUtility.HtmlDecode(await offTable.GetHtmlAsync("/meldingen/regio"));
        regional.ShouldContain(signal);
        regional.ShouldContain(SignalStage.PickedUpByTable);
        regional.ShouldNotContain(caseReference);

        // Once every track has an outcome and the case is closed, the line says so.
        await factory.WithAsync(async db =>
        {
            var c = await db.Set<Schakel.Core.Table.TableCase>().Include(x => x.Tracks).SingleAsync(x => x.Reference == caseReference);
            foreach (var track in c.Tracks)
            {
                track.Close(Schakel.Core.Table.TrackOutcomes.ByKind[track.Kind][0].Code, factory.Now);
            }
            c.Close(new Schakel.Core.Common.Actor(null, "test"), factory.Now);
            return await db.SaveChangesAsync();
        });
        WebUtility.HtmlDecode(await af.GetHtmlAsync($"/meldingen/{signal}")).ShouldContain($"Casus {caseReference} · afgesloten");
    }
}
