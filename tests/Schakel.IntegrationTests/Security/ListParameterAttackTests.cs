using System.Net;
using System.Text.RegularExpressions;
using Schakel.Testing;
using static Schakel.Testing.RouteCatalogue;

namespace Schakel.IntegrationTests.Security;

/// <summary>
/// The list parameters of issue 21 (<c>?sorteer=&amp;richting=</c>, <c>?tab=</c>, <c>?weergave=</c>) on every page a role may
/// open: a made-up value gives the page as usual and is never echoed as markup, and every sort, tab and print link the
/// page offers opens (a sort link with the table sorted by it).
/// </summary>
public sealed partial class ListParameterAttackTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Script = "<script>alert(1)</script>", Image = "\"><img src=x onerror=alert(2)>";

    private static readonly string Bogus = string.Join("&",
        new[] { "sorteer", "richting", "tab", "weergave", "telling", "telling-richting" }
            .Select((key, i) => $"{key}={Uri.EscapeDataString(i % 2 == 0 ? Script : Image)}"));

    public static TheoryData<string> Roles()
    {
        var data = new TheoryData<string>();
        foreach (var role in DemoRoles)
        {
            data.Add(role);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Made_up_list_parameters_give_the_normal_page_and_every_sort_tab_and_print_link_opens(string account)
    {
        var samples = await SampleValuesAsync(factory);
        var session = await WebSession.SignedInAsync(factory, account);
        var failures = new List<string>();
        var followed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in Rules.Values.Where(r => r is { Method: "GET", Ok: HttpStatusCode.OK, Allowed: not null } && r.Allows(account)))
        {
            var path = Resolve(rule.SamplePath, samples);
            if (path.StartsWith("/api/", StringComparison.Ordinal) || path.Contains('{', StringComparison.Ordinal))
            {
                continue;
            }
            var response = await session.GetAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + Bogus);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                failures.Add($"{path} with made-up parameters: {(int)response.StatusCode}");
                continue;
            }
            if (body.Contains(Script, StringComparison.OrdinalIgnoreCase) || body.Contains("<img src=x", StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{path} echoes a made-up parameter as markup");
            }
            var page = await session.GetAsync(path);
            if (page.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }
            foreach (Match link in ListLink().Matches(await page.Content.ReadAsStringAsync()))
            {
                var href = WebUtility.HtmlDecode(link.Groups[1].Value).Split('#')[0];
                if (!followed.Add(href))
                {
                    continue;
                }
                var answer = await session.GetAsync(href);
                if (answer.StatusCode != HttpStatusCode.OK)
                {
                    failures.Add($"{href} (offered on {path}): {(int)answer.StatusCode}");
                }
                else if (href.Contains("richting=", StringComparison.Ordinal) && !SortKey().IsMatch(href))
                {
                    failures.Add($"{href} (offered on {path}) sorts under another key than ?sorteer= (or a second table's ?telling=)");
                }
                else if (href.Contains("richting=", StringComparison.Ordinal) && !(await answer.Content.ReadAsStringAsync()).Contains("aria-sort=", StringComparison.Ordinal))
                {
                    failures.Add($"{href} (offered on {path}) does not sort the table it was offered for");
                }
            }
        }
        failures.ShouldBeEmpty($"list parameters for {account}");
        if (account is Keten or AfZwolle)
        {
            followed.ShouldNotBeEmpty($"{account} has sortable lists whose links were followed");
        }
    }

    /// <summary>A link on the page that sorts (it always names a direction), switches a tab or opens the print view.</summary>
    [GeneratedRegex("href=\"(/[^\"]*[?&](?:amp;)?(?:[a-z-]*richting|tab|weergave)=[^\"]*)\"")]
    private static partial Regex ListLink();

    [GeneratedRegex("[?&](sorteer|telling)=")]
    private static partial Regex SortKey();
}
