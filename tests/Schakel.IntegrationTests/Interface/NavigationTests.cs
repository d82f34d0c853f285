using System.Net;
using System.Text.RegularExpressions;
using Schakel.Core.Signals;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Interface;

/// <summary>
/// The main menu as each demo role sees it in the page: grouped by task, and every link in every group opens for that
/// role, so nobody is shown a group they cannot use. The breadcrumb trail follows from the path and the menu.
/// </summary>
public sealed partial class NavigationTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static readonly string[] Groups = ["Start", "Meldingen", "Regionale tafel", "Ondermijning", "Zorg", "Koppelen", "Advertenties", "Cijfers", "Basisniveau", "Beheer", "Privacy"];

    public static TheoryData<string, string[]> DemoAccounts => new()
    {
        { "melder@demo.schakel.nl", ["Start", "Meldingen", "Regionale tafel"] },
        { "af.zwolle@demo.schakel.nl", ["Start", "Meldingen", "Regionale tafel", "Cijfers", "Basisniveau"] },
        { "af.deventer@demo.schakel.nl", ["Start", "Meldingen", "Regionale tafel", "Cijfers", "Basisniveau"] },
        { "ketenregisseur@demo.schakel.nl", ["Start", "Meldingen", "Regionale tafel", "Zorg", "Koppelen", "Advertenties", "Cijfers", "Basisniveau", "Beheer"] },
        { "procesregisseur@demo.schakel.nl", ["Start", "Meldingen", "Regionale tafel", "Cijfers", "Basisniveau"] },
        { "zorgcoordinator@demo.schakel.nl", ["Start", "Meldingen", "Regionale tafel", "Zorg", "Cijfers"] },
        { "politie@demo.schakel.nl", ["Start", "Meldingen", "Regionale tafel"] },
        { "riec@demo.schakel.nl", ["Start", "Meldingen", "Regionale tafel", "Ondermijning", "Advertenties"] },
        { "oov@demo.schakel.nl", ["Start", "Meldingen", "Regionale tafel", "Ondermijning", "Advertenties", "Basisniveau"] },
        { "bestuurder@demo.schakel.nl", ["Start", "Regionale tafel", "Zorg", "Cijfers", "Basisniveau"] },
        { "fg@demo.schakel.nl", ["Start", "Regionale tafel", "Beheer", "Privacy"] },
        { "beheerder@demo.schakel.nl", ["Start", "Regionale tafel", "Advertenties", "Cijfers", "Basisniveau", "Beheer"] },
    };

    [Theory]
    [MemberData(nameof(DemoAccounts))]
    public async Task Each_role_sees_only_groups_whose_pages_it_may_open(string account, string[] expectedGroups)
    {
        var session = await WebSession.SignedInAsync(factory, account);
        var menu = Menu(await session.GetHtmlAsync("/"));

        menu.Select(g => g.Group).ShouldBe(expectedGroups, $"menu groups of {account}");
        var refused = new List<string>();
        foreach (var (group, links) in menu)
        {
            Groups.ShouldContain(group);
            links.ShouldNotBeEmpty($"{account}: empty group {group}");
            foreach (var href in links)
            {
                var response = await session.GetAsync(href);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    refused.Add($"{group} › {href}: {(int)response.StatusCode}");
                }
            }
        }
        refused.ShouldBeEmpty($"menu links {account} may not open");
    }

    [Fact]
    public async Task A_record_page_gets_a_trail_through_the_menu_page_it_lies_under()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.RegisteredForTable);
        var session = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");

        var html = await session.GetHtmlAsync("/meldingen/" + reference);

        var trail = Trail(html);
        trail.Count.ShouldBe(3);
        trail[0].ShouldBe(("Start", "/"));
        trail[1].ShouldBe(("Wachtrij", "/meldingen"));
        trail[2].Href.ShouldBeNull();
        html.ShouldContain("<title>" + trail[2].Label + " · Schakel</title>");
        // The queue is marked as the place the user is under, the page itself is not in the menu.
        html.ShouldContain("href=\"/meldingen\" aria-current=\"true\"");
        Trail(await session.GetHtmlAsync("/")).ShouldBeEmpty();
    }

    private static List<(string Group, List<string> Links)> Menu(string html)
    {
        var nav = NavPattern().Match(html);
        nav.Success.ShouldBeTrue("the page has a main menu");
        return [.. GroupPattern().Split(nav.Value).Skip(1).Select(chunk =>
        {
            var title = TitlePattern().Match(chunk);
            return (title.Success ? WebUtility.HtmlDecode(title.Groups[1].Value) : "Start",
                LinkPattern().Matches(chunk).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList());
        })];
    }

    private static List<(string Label, string? Href)> Trail(string html)
    {
        var nav = TrailPattern().Match(html);
        return nav.Success
            ? [.. CrumbPattern().Matches(nav.Value).Select(m => (WebUtility.HtmlDecode(m.Groups["label"].Value.Trim()), m.Groups["href"].Success ? m.Groups["href"].Value : null))]
            : [];
    }

    [GeneratedRegex("<nav class=\"schakel-nav\" aria-label=\"Hoofdmenu\">.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex NavPattern();

    [GeneratedRegex("<li class=\"schakel-nav__group")]
    private static partial Regex GroupPattern();

    [GeneratedRegex("class=\"schakel-nav__group-title\"[^>]*>([^<]+)<")]
    private static partial Regex TitlePattern();

    [GeneratedRegex("class=\"schakel-nav__link\" href=\"([^\"]+)\"")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<nav class=\"utrecht-breadcrumb-nav[^\"]*\" aria-label=\"Kruimelpad\">.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex TrailPattern();

    [GeneratedRegex("<(?:a class=\"utrecht-link utrecht-breadcrumb-nav__link\" href=\"(?<href>[^\"]+)\"|span class=\"utrecht-breadcrumb-nav__link[^\"]*\" aria-current=\"page\")>(?<label>[^<]+)<")]
    private static partial Regex CrumbPattern();
}
