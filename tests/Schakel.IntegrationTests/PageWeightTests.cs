using Schakel.Testing;

namespace Schakel.IntegrationTests;

/// <summary>The look of a page stays light: its CSS and the fonts it loads weigh at most 200 KB after gzip.</summary>
public sealed class PageWeightTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const long Budget = 200_000;

    [Theory]
    [InlineData(null, "/inloggen")]
    [InlineData(null, "/melden")]
    [InlineData(RouteCatalogue.Keten, "/")]
    public async Task The_css_and_fonts_of_a_page_stay_within_200_KB_gzip(string? account, string path)
    {
        var session = account is null ? WebSession.Anonymous(factory) : await WebSession.SignedInAsync(factory, account);
        var assets = await PageWeight.CssAndFontsAsync(session.Client, path, await session.GetHtmlAsync(path));

        assets.ShouldContain(a => a.Url.EndsWith(".css", StringComparison.Ordinal), "the page links its stylesheets");
        var total = assets.Sum(a => a.Gzip);
        total.ShouldBeLessThanOrEqualTo(Budget, "CSS + fonts after gzip: " + string.Join(", ", assets.Select(a => $"{a.Url} {a.Gzip / 1000.0:0.0} KB")));
    }
}
