using System.Net;
using Schakel.Testing;

namespace Schakel.IntegrationTests;

public sealed class SignInTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/meldingen")]
    [InlineData("/beheer/gebruikers")]
    [InlineData("/account/tweestaps")]
    public async Task Anonymous_request_for_a_page_redirects_to_sign_in(string path)
    {
        var response = await WebSession.Anonymous(factory).GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldStartWith("http://localhost/inloggen?ReturnUrl=");
    }

    [Fact]
    public async Task Sign_in_page_is_in_Dutch()
    {
        var html = await WebSession.Anonymous(factory).GetHtmlAsync("/inloggen");
        html.ShouldContain("<html lang=\"nl\">");
        html.ShouldContain("Inloggen bij Schakel");
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_Dutch_message()
    {
        var session = WebSession.Anonymous(factory);
        var wrong = await session.PostFormAsync("/inloggen", new() { ["Email"] = "af.zwolle@demo.schakel.nl", ["Password"] = "niet-het-wachtwoord" });
        var unknown = await session.PostFormAsync("/inloggen", new() { ["Email"] = "niemand@demo.schakel.nl", ["Password"] = "niet-het-wachtwoord" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Deze combinatie van e-mailadres en wachtwoord is onbekend.");
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("Deze combinatie van e-mailadres en wachtwoord is onbekend.");
    }

    [Fact]
    public async Task Empty_form_shows_field_messages_and_keeps_the_email()
    {
        var response = await WebSession.Anonymous(factory).PostFormAsync("/inloggen", new() { ["Email"] = "af.zwolle@demo.schakel.nl", ["Password"] = "" });
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Vul uw wachtwoord in.");
        html.ShouldContain("value=\"af.zwolle@demo.schakel.nl\"");
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var session = WebSession.Anonymous(factory);
        for (var i = 0; i < 5; i++)
        {
            await session.PostFormAsync("/inloggen", new() { ["Email"] = "riec@demo.schakel.nl", ["Password"] = "fout-wachtwoord-" + i });
        }
        var response = await session.PostFormAsync("/inloggen", new() { ["Email"] = "riec@demo.schakel.nl", ["Password"] = SchakelFactory.DemoPassword });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("tijdelijk geblokkeerd");
    }

    [Fact]
    public async Task Signed_in_attention_officer_sees_the_queue_of_their_municipality_and_can_sign_out()
    {
        var session = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var html = await session.GetHtmlAsync("/");
        html.ShouldContain("Welkom, Sanne de Vries");
        html.ShouldContain("Wachtrij Zwolle");

        var signOut = await session.PostFormAsync("/uitloggen", [], formPage: "/");
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Return_url_to_another_site_is_ignored()
    {
        var session = WebSession.Anonymous(factory);
        var response = await session.PostFormAsync("/inloggen?ReturnUrl=//evil.example", new() { ["Email"] = "bestuurder@demo.schakel.nl", ["Password"] = SchakelFactory.DemoPassword, ["ReturnUrl"] = "//evil.example" }, formPage: "/inloggen");
        response.Headers.Location!.ToString().ShouldBe("/");
    }
}
