using Microsoft.Playwright;

namespace Schakel.BrowserTests;

/// <summary>
/// The frame every page shares: it fits a 320 px wide phone without sideways scrolling, loads its own fonts and icon
/// (no 404, no fallback font), folds the menu on small screens, and can be used with the keyboard alone.
/// </summary>
[Collection("browser")]
public sealed class InterfaceTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Af = "af.zwolle@demo.schakel.nl";

    [Fact]
    public async Task The_sign_in_page_and_an_af_start_page_fit_320_pixels_without_sideways_scrolling()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(320, 640);
        await page.GotoAsync("/inloggen");
        (await ScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(320, "sign-in page at 320 px");

        await page.GetByLabel("E-mailadres").FillAsync(Af);
        await page.GetByLabel("Wachtwoord").FillAsync(Schakel.Testing.SchakelFactory.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/inloggen", StringComparison.Ordinal));
        (await ScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(320, "start page of an AF at 320 px");

        // On a phone the menu folds behind one button, so the page starts with its own content.
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Wachtrij" })).ToBeHiddenAsync();
        await menu.GetByText("Menu").ClickAsync();
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Wachtrij" })).ToBeVisibleAsync();
        (await ScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(320, "open menu at 320 px");
        var account = page.GetByRole(AriaRole.Navigation, new() { Name = "Mijn account" });
        await Assertions.Expect(account.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeHiddenAsync();
        await account.GetByText("Mijn account").ClickAsync();
        await Assertions.Expect(account.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToBeVisibleAsync();
        (await ScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(320, "open account menu at 320 px");
        await page.ShouldHaveNoWcagViolationsAsync();

        // A table wider than the phone scrolls inside its wrapper, which keyboard users can reach and hear named.
        await page.GotoAsync("/meldingen");
        (await ScrollWidthAsync(page)).ShouldBeLessThanOrEqualTo(320, "queue at 320 px");
        var wrap = page.Locator(".schakel-table-wrap").First;
        (await wrap.EvaluateAsync<bool>("w => w.scrollWidth > w.clientWidth")).ShouldBeTrue("the queue table is wider than 320 px");
        await Assertions.Expect(wrap).ToHaveAttributeAsync("tabindex", "0");
        await Assertions.Expect(wrap).ToHaveAttributeAsync("role", "region");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Fonts_and_icon_load_from_the_app_without_a_404()
    {
        var page = await browser.NewPageAsync();
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add($"{response.Status} {response.Url}");
            }
        };
        await page.GotoAsync("/inloggen");
        await page.EvaluateAsync("() => document.fonts.ready");
        (await page.EvaluateAsync<bool>("() => document.fonts.check('700 16px \"Fira Sans\"') && document.fonts.check('400 16px \"Fira Sans\"')")).ShouldBeTrue("Fira Sans is loaded");
        var headingFont = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).EvaluateAsync<string>("h => getComputedStyle(h).fontFamily");
        headingFont.ShouldStartWith("\"Fira Sans\"");
        var labelFont = await page.Locator("label").First.EvaluateAsync<string>("l => getComputedStyle(l).fontFamily");
        labelFont.ShouldStartWith("\"Fira Sans\"");
        (await page.APIRequest.GetAsync("/favicon.ico")).Status.ShouldBe(200);
        (await page.APIRequest.GetAsync("/favicon.svg")).Status.ShouldBe(200);
        failed.ShouldBeEmpty("requests of the sign-in page");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_users_skip_to_the_content_and_find_the_way_back_through_the_breadcrumbs()
    {
        var page = await browser.SignedInPageAsync(Af);
        await page.GotoAsync("/meldingen");
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Direct naar de inhoud" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" });
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Wachtrij" })).ToHaveAttributeAsync("aria-current", "page");
        await page.GetByTestId("signal-table").Locator("tbody").GetByRole(AriaRole.Link).First.ClickAsync();
        var trail = page.GetByRole(AriaRole.Navigation, new() { Name = "Kruimelpad" });
        await Assertions.Expect(trail.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Start", "Wachtrij"]);
        var title = await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).TextContentAsync();
        (await page.TitleAsync()).ShouldEndWith(" · Schakel");
        await page.ShouldHaveNoWcagViolationsAsync();
        await trail.GetByRole(AriaRole.Link, new() { Name = "Wachtrij" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/meldingen", StringComparison.Ordinal));
        title.ShouldNotBeNullOrWhiteSpace();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Error_and_account_pages_read_as_finished_pages()
    {
        var page = await browser.SignedInPageAsync(Af);
        await page.GotoAsync("/bestaat-niet");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina niet gevonden");
        (await page.TitleAsync()).ShouldBe("Pagina niet gevonden · Schakel");
        await page.ShouldHaveNoWcagViolationsAsync();
        await page.GotoAsync("/geen-toegang");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Geen toegang");
        await page.ShouldHaveNoWcagViolationsAsync();
        var account = page.GetByRole(AriaRole.Navigation, new() { Name = "Mijn account" });
        await account.GetByRole(AriaRole.Link, new() { Name = "Wachtwoord wijzigen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wachtwoord wijzigen");
        await page.ShouldHaveNoWcagViolationsAsync();
        await account.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inloggen bij Schakel");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("U bent uitgelogd.");
        await page.Context.CloseAsync();
    }

    private static Task<int> ScrollWidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
}
