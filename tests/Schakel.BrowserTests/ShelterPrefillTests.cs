using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Schakel.Core.Care;

namespace Schakel.BrowserTests;

/// <summary>The shelter decision tree on the care file fills in what the file knows, visibly and changeably.</summary>
[Collection("browser")]
public sealed class ShelterPrefillTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_tree_shows_the_minor_answer_from_the_date_of_birth_and_it_can_be_changed()
    {
        var fileId = await browser.Factory.WithAsync(async db =>
        {
            var file = await db.Set<CareFile>().OrderBy(f => f.Id).FirstAsync();
            var subject = await db.Subjects.SingleAsync(s => s.Id == file.SubjectId);
            subject.DateOfBirth = Schakel.Web.Features.Shared.DutchTime.Day(browser.Factory.Now).AddYears(-16);
            await db.SaveChangesAsync();
            return file.Id;
        });
        var care = await browser.SignedInPageAsync("zorgcoordinator@demo.schakel.nl", javaScript: false);
        await care.GotoAsync($"/zorg/{fileId}?tab=opvang");
        var minor = care.GetByRole(AriaRole.Group, new() { Name = "Is de persoon minderjarig?" });
        await Assertions.Expect(minor.GetByLabel("Ja")).ToBeCheckedAsync();
        await Assertions.Expect(minor).ToContainTextAsync("Ingevuld uit het dossier");
        await minor.GetByLabel("Nee").CheckAsync();
        await care.GetByRole(AriaRole.Button, new() { Name = "Advies opvragen" }).ClickAsync();
        await Assertions.Expect(care.GetByRole(AriaRole.Group, new() { Name = "Is de persoon minderjarig?" }).GetByLabel("Nee")).ToBeCheckedAsync();
        await Assertions.Expect(care.Locator("main")).ToContainTextAsync("Beantwoord de vraag: Is er acuut gevaar?");
        await care.Context.CloseAsync();

        var withJs = await browser.SignedInPageAsync("zorgcoordinator@demo.schakel.nl");
        await withJs.GotoAsync($"/zorg/{fileId}?tab=opvang");
        await withJs.ShouldHaveNoWcagViolationsAsync();
        await withJs.Context.CloseAsync();
    }
}
