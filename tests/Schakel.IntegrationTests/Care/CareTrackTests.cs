using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Care;
using Schakel.Core.Table;
using Schakel.IntegrationTests.Table;
using Schakel.Testing;
using Schakel.Web.Features.Demo;

namespace Schakel.IntegrationTests.Care;

/// <summary>
/// The care track of a case and its care files stay consistent: the track cannot be closed by hand while a care file
/// is open, and closing the last care file closes the track with an outcome. Table members see only that it is open.
/// </summary>
public sealed class CareTrackTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private Task<CaseTrack> CareTrackAsync(int caseId) =>
        factory.WithAsync(db => db.Set<CaseTrack>().AsNoTracking().SingleAsync(t => t.CaseId == caseId && t.Kind == TrackKind.Care));

    [Fact]
    public async Task The_care_track_closes_with_the_last_care_file_and_not_by_hand_before()
    {
        var fileId = await factory.DemoCareFileIdAsync();
        var caseId = await factory.WithAsync(db => db.Set<CareFile>().Where(f => f.Id == fileId).Select(f => f.CaseId).SingleAsync());
        var caseUrl = $"/zaken/{caseId}";
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        var track = await CareTrackAsync(caseId);
        var byHand = await riec.PostFormAsync(caseUrl + "?handler=Track",
            new() { ["TrackId"] = track.Id.ToString(), ["Version"] = track.Version.ToString(), ["CloseTrack"] = "true", ["OutcomeCode"] = "IN_ZORG" }, formPage: caseUrl);
        byHand.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await byHand.Content.ReadAsStringAsync()).ShouldContain("Het zorgspoor kan pas worden gesloten als elk zorgdossier van deze casus is gesloten. Nog open: 1 zorgdossier");
        (await CareTrackAsync(caseId)).Status.ShouldBe(TrackStatus.Open);

        // The care coordinator meets the open needs and closes the file with an outcome.
        await factory.WithAsync(async db =>
        {
            foreach (var need in await db.Set<CareNeed>().Where(n => n.CareFileId == fileId).ToListAsync())
            {
                need.Stored(n => n.Status, NeedStatus.Met);
            }
            return await db.SaveChangesAsync();
        });
        var care = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        var version = WebSession.HiddenValue(await care.GetHtmlAsync($"/zorg/{fileId}"), "FileVersion")!;
        var close = await care.PostFormAsync($"/zorg/{fileId}/sluiten", new() { ["FileVersion"] = version, ["OutcomeCode"] = "OVERGEDRAGEN" }, formPage: $"/zorg/{fileId}");
        close.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var closed = await CareTrackAsync(caseId);
        closed.Status.ShouldBe(TrackStatus.Closed);
        closed.OutcomeCode.ShouldBe("DOORVERWEZEN");
        closed.ClosedAt.ShouldNotBeNull();
        var criminal = await factory.WithAsync(db => db.Set<CaseTrack>().Where(t => t.CaseId == caseId && t.Kind == TrackKind.CareAndCriminal).Select(t => t.Status).SingleAsync());
        criminal.ShouldBe(TrackStatus.Open);
        var page = WebUtility.HtmlDecode(await riec.GetHtmlAsync(caseUrl + "?weergave=afdrukken"));
        page.ShouldContain("elk zorgdossier gesloten");
        page.ShouldContain("gesloten: Doorverwezen");
    }

    [Theory]
    [InlineData("politie@demo.schakel.nl")]
    [InlineData("riec@demo.schakel.nl")]
    [InlineData("procesregisseur@demo.schakel.nl")]
    public async Task Table_members_see_that_a_care_track_runs_but_nothing_of_the_care_file(string email)
    {
        var caseId = await factory.DemoCaseIdAsync();
        var session = await WebSession.SignedInAsync(factory, email);
        var html = WebUtility.HtmlDecode(await session.GetHtmlAsync($"/zaken/{caseId}?weergave=afdrukken"));
        html.ShouldContain(TableLabels.Dutch(TrackKind.Care));
        html.ShouldNotContain("Veilig wonen en een stabiele dagstructuur");
        html.ShouldNotContain(DemoCare.ClinicalNote);
        html.ShouldNotContain("GGZ Dimence");
        html.ShouldNotContain("/zorg/zaak/");
    }
}
