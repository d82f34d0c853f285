using System.Net;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Care;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Care;

/// <summary>The shelter tree does not ask what the care file already knows: it fills those answers in, changeable.</summary>
public sealed class ShelterPrefillTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task The_date_of_birth_answers_the_minor_question_and_a_Dutch_or_EU_nationality_the_residence_question()
    {
        var id = await factory.DemoCareFileIdAsync();
        var today = DateOnly.FromDateTime(factory.Now.UtcDateTime);
        await factory.WithAsync(async db =>
        {
            var subjectId = await db.Set<CareFile>().Where(f => f.Id == id).Select(f => f.SubjectId).SingleAsync();
            var subject = await db.Subjects.SingleAsync(s => s.Id == subjectId);
            subject.DateOfBirth = today.AddYears(-16);
            subject.Nationality = "Pools";
            return await db.SaveChangesAsync();
        });
        var care = await WebSession.SignedInAsync(factory, "zorgcoordinator@demo.schakel.nl");
        var html = WebUtility.HtmlDecode(await care.GetHtmlAsync($"/zorg/{id}?tab=opvang"));
        html.ShouldContain("id=\"q-minor-yes\" name=\"Placement.Answers[minor]\" value=\"yes\" checked=\"checked\"");
        html.ShouldContain("id=\"q-residence-eu\" name=\"Placement.Answers[residence]\" value=\"eu\" checked=\"checked\"");
        html.ShouldContain("Ingevuld uit het dossier (geboortedatum");
        html.ShouldNotContain("id=\"q-danger-yes\" name=\"Placement.Answers[danger]\" value=\"yes\" checked");

        // The coordinator may overrule it; the posted answer stands.
        var advice = await care.PostFormAsync($"/zorg/{id}/opvang?handler=Advise", new() { ["Placement.Answers[minor]"] = "no" }, formPage: $"/zorg/{id}");
        var posted = WebUtility.HtmlDecode(await advice.Content.ReadAsStringAsync());
        posted.ShouldContain("id=\"q-minor-no\" name=\"Placement.Answers[minor]\" value=\"no\" checked=\"checked\"");
        posted.ShouldContain("Beantwoord de vraag: Is er acuut gevaar?");

        // Eighteen today is no longer a minor.
        await factory.WithAsync(async db =>
        {
            var subjectId = await db.Set<CareFile>().Where(f => f.Id == id).Select(f => f.SubjectId).SingleAsync();
            (await db.Subjects.SingleAsync(s => s.Id == subjectId)).DateOfBirth = today.AddYears(-18);
            return await db.SaveChangesAsync();
        });
        (await care.GetHtmlAsync($"/zorg/{id}?tab=opvang")).ShouldContain("id=\"q-minor-no\" name=\"Placement.Answers[minor]\" value=\"no\" checked=\"checked\"");
    }
}
