using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.BasicLevel;
using Schakel.Testing;

namespace Schakel.IntegrationTests.BasicLevel;

/// <summary>The checklist is data: the beheerder adds, renames and deactivates building blocks; nobody else does.</summary>
public sealed class BuildingBlockAdminTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task The_beheerder_adds_renames_and_deactivates_building_blocks()
    {
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var added = await admin.PostFormAsync("/beheer/bouwstenen/nieuw", new() { ["Code"] = "JAARVERSLAG", ["Title"] = "Jaarverslag aanpak mensenhandel aan de raad", ["SortOrder"] = "500", ["IsOptional"] = "false", ["Active"] = "true" });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await admin.GetHtmlAsync("/beheer/bouwstenen");
        (await admin.GetHtmlAsync("/basisniveau/overzicht")).ShouldContain("Jaarverslag aanpak mensenhandel aan de raad");

        var block = await factory.WithAsync(db => db.Set<BuildingBlock>().AsNoTracking().SingleAsync(b => b.Code == "DRIEHOEK_VAKER"));
        var renamed = await admin.PostFormAsync($"/beheer/bouwstenen/{block.Id}", new()
        {
            ["Title"] = "Onderwerp vier keer per jaar in de driehoek", ["SortOrder"] = block.SortOrder.ToString(CultureInfo.InvariantCulture),
            ["IsOptional"] = "true", ["Active"] = "false", ["Version"] = block.Version.ToString(CultureInfo.InvariantCulture),
        });
        renamed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await admin.GetHtmlAsync("/beheer/bouwstenen")).ShouldContain("Onderwerp vier keer per jaar in de driehoek");
        var stored = await factory.WithAsync(db => db.Set<BuildingBlock>().AsNoTracking().SingleAsync(b => b.Id == block.Id));
        (stored.Title, stored.Active).ShouldBe(("Onderwerp vier keer per jaar in de driehoek", false));
        var overview = await admin.GetHtmlAsync("/basisniveau/overzicht");
        overview.ShouldNotContain("Onderwerp vier keer per jaar in de driehoek");
        overview.ShouldNotContain(block.Title);

        var duplicate = await admin.PostFormAsync("/beheer/bouwstenen/nieuw", new() { ["Code"] = "JAARVERSLAG", ["Title"] = "Nog een keer", ["SortOrder"] = "510" });
        duplicate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await duplicate.Content.ReadAsStringAsync()).ShouldContain("Er bestaat al een bouwsteen met deze code.");
    }

    [Theory]
    [InlineData("ketenregisseur@demo.schakel.nl")]
    [InlineData("af.zwolle@demo.schakel.nl")]
    public async Task Others_cannot_change_the_checklist_itself(string email)
    {
        var session = await WebSession.SignedInAsync(factory, email);
        (await session.GetAsync("/beheer/bouwstenen")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await session.PostFormAsync("/beheer/bouwstenen/nieuw", new() { ["Code"] = "STIEKEM", ["Title"] = "x", ["SortOrder"] = "1" }, formPage: "/")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.WithAsync(db => db.Set<BuildingBlock>().AnyAsync(b => b.Code == "STIEKEM"))).ShouldBeFalse();
    }
}
