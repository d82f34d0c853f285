using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Identity;

namespace Schakel.IntegrationTests.Security;

public sealed class PasswordChangeTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string NewPassword = "Fietsen langs de IJssel in mei";

    private static Task<HttpResponseMessage> ChangeAsync(WebSession session, string current, string next, string? confirm = null) =>
        session.PostFormAsync("/account/wachtwoord", new() { ["CurrentPassword"] = current, ["NewPassword"] = next, ["ConfirmPassword"] = confirm ?? next });

    [Fact]
    public async Task A_user_changes_their_own_password_and_their_other_sessions_end()
    {
        var elsewhere = await WebSession.SignedInAsync(factory, "oov@demo.schakel.nl");
        var session = await WebSession.SignedInAsync(factory, "oov@demo.schakel.nl");
        (await session.GetHtmlAsync("/")).ShouldContain("href=\"/account/wachtwoord\"");

        var changed = await ChangeAsync(session, SchakelFactory.DemoPassword, NewPassword);
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await session.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK, "the session that changed it stays signed in");
        (await elsewhere.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect, "another sign-in of the account ends");
        await Should.ThrowAsync<InvalidOperationException>(() => WebSession.SignedInAsync(factory, "oov@demo.schakel.nl"));
        await WebSession.SignedInAsync(factory, "oov@demo.schakel.nl", NewPassword);
        (await factory.WithAsync(db => db.AuditEntries.CountAsync(a => a.Details == "eigen wachtwoord gewijzigd"))).ShouldBe(1);
    }

    [Fact]
    public async Task The_current_password_must_be_right_and_the_new_one_twice_the_same()
    {
        var session = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var wrong = await ChangeAsync(session, "niet-het-huidige", NewPassword);
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Het huidige wachtwoord klopt niet.");

        var different = await ChangeAsync(session, SchakelFactory.DemoPassword, NewPassword, NewPassword + "!");
        (await different.Content.ReadAsStringAsync()).ShouldContain("De twee nieuwe wachtwoorden zijn niet gelijk.");
        await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
    }

    [Theory]
    [InlineData("Unbelievable")]
    [InlineData("SCANDINAVIAN")]
    [InlineData("wachtwoord1234")]
    [InlineData("kort")]
    public async Task Common_or_short_passwords_are_refused_whatever_their_case(string password)
    {
        var session = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        var response = await ChangeAsync(session, SchakelFactory.DemoPassword, password);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain(password.Length < 12 ? "minstens 12 tekens" : "komt te vaak voor");
    }

    [Fact]
    public void The_shipped_list_holds_at_least_ten_thousand_common_passwords() =>
        CommonPasswordValidator.Count.ShouldBeGreaterThanOrEqualTo(10_000);
}
