using System.Text;
using Microsoft.Playwright;

namespace Schakel.BrowserTests;

[Collection("browser")]
public sealed class AdsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// One number behind several women, a minor among them, moving Zwolle → Kampen → Deventer within two weeks: the
    /// highest-risk cluster after import. One line is broken, to see the report.
    /// </summary>
    private static string Collection()
    {
        var day = DateTime.UtcNow.Date;
        string D(int ago) => day.AddDays(-ago).ToString("yyyy-MM-dd");
        return string.Join('\n',
            "ad_id,posted_at,city,phone,handle,title,text,price,age_claimed,photo_hash",
            $"browser-1,{D(12)},Zwolle,06-55501234,,Nieuw meisje,\"Hoi ik ben Nina, jong en petite. 24/7, zonder condoom. Bel nul zes vijf vijf\",30,16,bfoto1",
            $"browser-2,{D(9)},Kampen,06-55501234,,Tiener,\"Hallo ik ben Olga, young teen, altijd beschikbaar, alles mogelijk\",30,17,bfoto2",
            $"browser-3,{D(6)},Deventer,06-55501234,,Schoolgirl,\"Hoi ik ben Petra, barely 18 babyface, dag en nacht, bareback\",25,16,bfoto3",
            "browser-4,2026-10-01,Zwolle,06-555\"01235,,kapot,tekst,50,30,",
            "");
    }

    [Fact]
    public async Task An_analyst_imports_ads_marks_the_top_cluster_for_a_control_visit_and_makes_a_signal_the_municipality_finds()
    {
        var riec = await browser.SignedInPageAsync("riec@demo.schakel.nl");
        await riec.GetByRole(AriaRole.Link, new() { Name = "Advertenties", Exact = true }).ClickAsync();
        await Assertions.Expect(riec.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Advertentiescreening");
        await riec.ShouldHaveNoWcagViolationsAsync();

        await riec.GetByRole(AriaRole.Link, new() { Name = "Advertenties importeren" }).ClickAsync();
        await riec.ShouldHaveNoWcagViolationsAsync();
        await riec.GetByLabel("Bestand met advertenties (CSV of JSON, ten hoogste 5 MB)").SetInputFilesAsync(new FilePayload
        {
            Name = "advertenties.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Collection()),
        });
        await riec.GetByRole(AriaRole.Button, new() { Name = "Importeren" }).ClickAsync();
        await Assertions.Expect(riec.GetByTestId("imported")).ToHaveTextAsync("3");
        await Assertions.Expect(riec.GetByTestId("rejected")).ToHaveTextAsync("1");
        await Assertions.Expect(riec.GetByTestId("import-lines")).ToContainTextAsync("ongeldige CSV");
        await riec.ShouldHaveNoWcagViolationsAsync();

        await riec.GetByRole(AriaRole.Link, new() { Name = "Naar de beoordelingslijst en clusters" }).ClickAsync();
        var top = riec.GetByTestId("ad-clusters").Locator("tbody tr").First;
        await Assertions.Expect(top).ToContainTextAsync("Cluster cbrowser-1");
        await top.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(riec.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cluster cbrowser-1");
        await Assertions.Expect(riec.GetByTestId("cluster-cities")).ToHaveTextAsync("Deventer, Kampen, Zwolle");
        await Assertions.Expect(riec.GetByRole(AriaRole.Img, new() { Name = "Netwerk van cluster cbrowser-1" })).ToBeVisibleAsync();
        await riec.ShouldHaveNoWcagViolationsAsync();

        await riec.GetByRole(AriaRole.Radio, new() { Name = "Controlebezoek / handhaving" }).CheckAsync();
        await riec.GetByLabel("Toelichting (optioneel)").FillAsync("Controle door toezicht prostitutie");
        await riec.GetByRole(AriaRole.Button, new() { Name = "Beoordeling opslaan" }).ClickAsync();
        await Assertions.Expect(riec.GetByRole(AriaRole.Status)).ToContainTextAsync("Cluster beoordeeld: Controlebezoek / handhaving");
        await Assertions.Expect(riec.GetByTestId("cluster-outcome")).ToContainTextAsync("Controlebezoek / handhaving");

        await riec.GetByTestId("cluster-ads").GetByRole(AriaRole.Link, new() { Name = "browser-1" }).ClickAsync();
        await Assertions.Expect(riec.GetByTestId("ad-indicators")).ToContainTextAsync("Opgegeven leeftijd onder de 18");
        await riec.ShouldHaveNoWcagViolationsAsync();
        await riec.GetByRole(AriaRole.Button, new() { Name = "Melding maken" }).ClickAsync();
        await Assertions.Expect(riec.GetByRole(AriaRole.Status)).ToContainTextAsync("gemaakt en in de wachtrij van de gemeente gezet");
        var reference = (await riec.GetByTestId("ad-signal").TextContentAsync())!.Trim();
        reference.ShouldNotBeNullOrEmpty();
        await riec.ShouldHaveNoWcagViolationsAsync();
        await riec.Context.CloseAsync();

        var af = await browser.SignedInPageAsync("af.zwolle@demo.schakel.nl");
        await af.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Wachtrij", Exact = true }).ClickAsync();
        await Assertions.Expect(af.GetByRole(AriaRole.Link, new() { Name = reference })).ToBeVisibleAsync();
        await af.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(af.Locator("main")).ToContainTextAsync("Uit de advertentiescreening: advertentie browser-1");
        await af.Context.CloseAsync();
    }
}
