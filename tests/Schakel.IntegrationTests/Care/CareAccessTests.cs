using System.Net;
using Schakel.Testing;
using Schakel.Web.Features.Demo;

namespace Schakel.IntegrationTests.Care;

/// <summary>Need-to-know on a care file: the care coordinator sees everything, the municipality's AF status and goals only.</summary>
public sealed class CareAccessTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private const string Goal = "Veilig wonen en een stabiele dagstructuur";

    [Fact]
    public async Task The_attention_officer_of_the_municipality_sees_status_and_goals_but_not_the_clinical_notes()
    {
        var id = await factory.DemoCareFileIdAsync();
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        // The print view shows every part the user may see at once.
        var html = await af.GetHtmlAsync($"/zorg/{id}?weergave=afdrukken");
        html.ShouldContain("Zorgtraject open");
        html.ShouldContain(Goal);
        html.ShouldNotContain(DemoCare.ClinicalNote);
        html.ShouldNotContain("Intake traumabehandeling");
        html.ShouldNotContain("GGZ Dimence");
        html.ShouldNotContain("mr. S. de Vries");
        html.ShouldNotContain("name=\"Goal.Description\"");
        // Reading is not working: the AF cannot change the file.
        var post = await af.PostFormAsync($"/zorg/{id}/doelen", new() { ["Goal.Description"] = "x", ["Goal.EvaluateOn"] = "2030-01-01" }, formPage: $"/zorg/{id}");
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_care_coordinator_sees_needs_notes_and_contacts()
    {
        var id = await factory.DemoCareFileIdAsync();
        var care = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        var html = await care.GetHtmlAsync($"/zorg/{id}?weergave=afdrukken");
        html.ShouldContain(DemoCare.ClinicalNote);
        html.ShouldContain("GGZ Dimence");
        html.ShouldContain("mr. S. de Vries");
        (await care.GetHtmlAsync("/zorg")).ShouldContain($"/zorg/{id}");
    }

    [Theory]
    [InlineData("af.deventer@demo.schakel.nl")]
    [InlineData("politie@demo.schakel.nl")]
    [InlineData("riec@demo.schakel.nl")]
    [InlineData("procesregisseur@demo.schakel.nl")]
    [InlineData("ketenregisseur@demo.schakel.nl")]
    [InlineData("melder@demo.schakel.nl")]
    [InlineData("fg@demo.schakel.nl")]
    [InlineData("beheerder@demo.schakel.nl")]
    public async Task Anyone_else_gets_404_as_for_a_missing_file_and_sees_nothing_of_the_care_file(string email)
    {
        var id = await factory.DemoCareFileIdAsync();
        var session = await WebSession.SignedInAsync(factory, email);
        var response = await session.GetAsync($"/zorg/{id}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldNotContain(Goal);
        body.ShouldNotContain(DemoCare.ClinicalNote);
        (await session.GetAsync("/zorg")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
