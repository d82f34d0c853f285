using System.Net;
using System.Net.Http.Json;
using Schakel.Testing;
using static Schakel.Testing.RouteCatalogue;

namespace Schakel.IntegrationTests.Security;

/// <summary>
/// Every route of the app × every demo role (and anonymous) × own/other municipality, against the expected access.
/// Routes come from the endpoint data source, so a new route without a rule in <see cref="RouteCatalogue"/> fails the
/// build of trust.
/// </summary>
public sealed class AuthorizationMatrixTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public void Every_route_of_the_app_has_an_access_rule()
    {
        var routes = EndpointListing.All(factory).Select(e => e.Route).ToList();
        routes.Where(r => !Rules.ContainsKey(r)).ShouldBeEmpty("routes without an access rule in the matrix");
        Rules.Keys.Where(k => !routes.Contains(k)).ShouldBeEmpty("rules for routes that no longer exist");
    }

    public static TheoryData<string> Principals()
    {
        var data = new TheoryData<string> { Anonymous };
        foreach (var a in Accounts)
        {
            data.Add(a);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Principals))]
    public async Task Each_principal_gets_exactly_the_access_the_matrix_gives_it(string principal)
    {
        var samples = await SampleValuesAsync(factory, new Dictionary<string, string>
        {
            ["twente"] = await SecondRegion.EnsureAsync(factory),
            ["twenteMeeting"] = (await SecondRegion.MeetingAsync(factory)).ToString(),
        });
        var session = principal == Anonymous ? WebSession.Anonymous(factory) : await WebSession.SignedInAsync(factory, principal);
        var failures = new List<string>();
        foreach (var (route, rule) in Rules.OrderBy(r => r.Key).Select(r => (r.Key, r.Value)).Concat(SeatSamples))
        {
            var path = Resolve(rule.SamplePath, samples);
            var response = rule.Method == "POST"
                ? await session.Client.PostAsJsonAsync(path, new { clientId = "matrix" })
                : await session.GetAsync(path);
            var allowed = rule.Allows(principal);
            var expected = allowed ? rule.Ok
                : rule.Method == "POST" || (principal == Anonymous && path.StartsWith("/api/", StringComparison.Ordinal)) ? HttpStatusCode.Unauthorized
                : principal == Anonymous ? HttpStatusCode.Redirect
                : rule.Sees?.Contains(principal) == true ? HttpStatusCode.Forbidden
                : rule.HiddenFor?.Contains(principal) == true ? HttpStatusCode.NotFound
                : rule.Denied;
            if (response.StatusCode != expected)
            {
                failures.Add($"{route} ({path}): expected {(int)expected}, got {(int)response.StatusCode}");
            }
            else if (!allowed && expected == HttpStatusCode.Redirect && response.Headers.Location?.ToString().Contains("/inloggen", StringComparison.Ordinal) != true)
            {
                failures.Add($"{route}: anonymous redirect goes to {response.Headers.Location} instead of /inloggen");
            }
        }
        failures.ShouldBeEmpty($"access of {principal}");
    }
}
