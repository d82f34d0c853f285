using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Testing;

namespace Schakel.IntegrationTests;

/// <summary>The route of a signal over HTTP: public form, municipal queue, enrichment and decisions.</summary>
public sealed class MeldrouteTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private async Task<int> MunicipalityId(string name) => await factory.WithAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    private async Task<(WebSession Session, Dictionary<string, string> Fields, string Token)> PublicFormAsync(string description)
    {
        var session = WebSession.Anonymous(factory);
        var html = await session.GetHtmlAsync("/melden");
        var token = WebSession.HiddenValue(html, "SubmissionToken")!;
        var fields = new Dictionary<string, string>
        {
            ["SubmissionToken"] = token, ["Draft.MelderTypeCode"] = "BURGER", ["Draft.MunicipalityId"] = (await MunicipalityId("Zwolle")).ToString(),
            ["Draft.FormCodes"] = "SEKS", ["Draft.Description"] = description, ["Draft.Subjects[0].Role"] = "PossibleVictim",
            ["Draft.Subjects[0].FullName"] = "Daria", ["Draft.Subjects[0].Phones"] = "06 98765432", ["Draft.MelderContact"] = "buurvrouw@example.nl",
        };
        return (session, fields, token);
    }

    [Fact]
    public async Task A_public_signal_lands_in_the_municipal_queue_once_even_when_the_form_is_sent_twice()
    {
        var (session, fields, token) = await PublicFormAsync("Jonge vrouw wordt elke avond door verschillende mannen opgehaald.");
        var first = await session.PostFormAsync("/melden", fields);
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reference = Regex.Match(first.Headers.Location!.ToString(), "reference=(MH-[A-Z0-9-]+)").Groups[1].Value;
        reference.ShouldNotBeEmpty();

        var again = await session.PostFormAsync("/melden", fields);
        again.Headers.Location!.ToString().ShouldContain(reference);
        (await factory.WithAsync(db => db.Signals.CountAsync(s => s.SubmissionToken == token))).ShouldBe(1);

        var signal = await factory.SignalAsync(reference);
        signal.Channel.ShouldBe(IntakeChannel.PublicForm);
        signal.Subjects.Single().Phones.ShouldBe("06 98765432");
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        (await af.GetHtmlAsync("/meldingen")).ShouldContain(reference);
        (await af.GetHtmlAsync("/")).ShouldContain($"Nieuwe melding {reference} in uw wachtrij");
    }

    [Fact]
    public async Task A_public_form_with_errors_keeps_everything_typed_and_stores_nothing()
    {
        var (session, fields, token) = await PublicFormAsync("");
        fields["Draft.Subjects[0].Postcode"] = "80111";
        var response = await session.PostFormAsync("/melden", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Beschrijf wat u zag, hoorde of vermoedt.");
        html.ShouldContain("Een Nederlandse postcode bestaat uit 4 cijfers en 2 letters");
        html.ShouldContain("value=\"Daria\"");
        html.ShouldContain("value=\"buurvrouw@example.nl\"");
        html.ShouldContain("value=\"80111\"");
        (await factory.WithAsync(db => db.Signals.CountAsync(s => s.SubmissionToken == token))).ShouldBe(0);
    }

    [Fact]
    public async Task The_honeypot_drops_a_bot_submission()
    {
        var (session, fields, token) = await PublicFormAsync("Spam spam spam");
        fields["Website"] = "http://spam.example";
        var response = await session.PostFormAsync("/melden", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await factory.WithAsync(db => db.Signals.CountAsync(s => s.SubmissionToken == token))).ShouldBe(0);
    }

    [Fact]
    public async Task The_signal_check_shows_a_citizen_one_plain_sentence_without_storing_anything()
    {
        var (session, fields, token) = await PublicFormAsync("Check alleen");
        var response = await session.PostFormAsync("/melden?handler=Check", fields, formPage: "/melden",
            extra: [new("Draft.IndicatorCodes", "ALG_MINDERJARIG"), new("Draft.IndicatorCodes", "ALG_VRIJHEID")]);
        var html = await response.Content.ReadAsStringAsync();
        var check = Regex.Match(html, "data-testid=\"signal-check\">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
        check.ShouldContain("Wat u beschrijft, is een duidelijk signaal");
        foreach (var jargon in new[] { "zorg", "gewicht", "indicator", "Kritiek", "route", "Signaalcheck" })
        {
            check.ShouldNotContain(jargon, Case.Insensitive);
        }
        (await factory.WithAsync(db => db.Signals.CountAsync(s => s.SubmissionToken == token))).ShouldBe(0);
    }

    [Fact]
    public async Task The_signal_check_shows_a_professional_the_assessment_in_full()
    {
        var melder = await WebSession.SignedInAsync(factory, "melder@demo.schakel.nl");
        var response = await melder.PostFormAsync("/meldingen/nieuw?handler=Check", new()
        {
            ["Draft.Kind"] = "Report", ["Draft.MelderTypeCode"] = "WIJKTEAM", ["Draft.Description"] = "Check alleen",
        }, formPage: "/meldingen/nieuw", extra: [new("Draft.IndicatorCodes", "ALG_MINDERJARIG"), new("Draft.IndicatorCodes", "ALG_VRIJHEID")]);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Signaalcheck: zorg hoog");
        html.ShouldContain("Acute route");
        html.ShouldContain("Kritieke indicator: Er is een minderjarige betrokken.");
        html.ShouldContain("id=\"controle\"");
    }

    [Fact]
    public async Task The_attention_officer_enriches_and_registers_for_the_table_with_history_and_feedback()
    {
        var (citizen, fields, _) = await PublicFormAsync("Meisje in massagesalon mag niet zelfstandig naar buiten.");
        var location = (await citizen.PostFormAsync("/melden", fields)).Headers.Location!.ToString();
        var reference = Regex.Match(location, "reference=(MH-[A-Z0-9-]+)").Groups[1].Value;

        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var detail = $"/meldingen/{reference}";
        var note = await af.PostFormAsync($"{detail}?handler=Note", new() { ["Note"] = "Adres bekend bij wijkteam; eerdere melding overlast." }, formPage: detail);
        note.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        note.Headers.Location!.ToString().ShouldBe($"{detail}?tab=notities#notities", "the user lands where the note was added");
        var person = await af.PostFormAsync($"{detail}?handler=Subject", new() { ["NewSubject.Role"] = "PossiblePerpetrator", ["NewSubject.LicensePlates"] = "XX-123-Y" }, formPage: detail);
        person.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var added = (await factory.SignalAsync(reference)).Subjects.Max(s => s.Id);
        person.Headers.Location!.ToString().ShouldBe($"{detail}?tab=personen#persoon-{added}");
        var landed = await af.GetHtmlAsync(person.Headers.Location!.ToString());
        Regex.IsMatch(landed, $"id=\"persoon-{added}\"[^>]*>.*?Persoon toegevoegd", RegexOptions.Singleline).ShouldBeTrue("the confirmation shows on the added person's card");

        var version = WebSession.HiddenValue(await af.GetHtmlAsync(SignalTabs.Actions(reference)), "Version")!;
        var noReason = await af.PostFormAsync($"{detail}?handler=Decide", new() { ["Action"] = "RegisterForTable", ["Version"] = version }, formPage: detail);
        (await noReason.Content.ReadAsStringAsync()).ShouldContain("Geef de reden van dit besluit.");

        var register = await af.PostFormAsync($"{detail}?handler=Decide", new() { ["Action"] = "RegisterForTable", ["Reason"] = "Vermoeden versterkt: bekend adres, kritieke indicator.", ["Version"] = version }, formPage: detail);
        register.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        register.Headers.Location!.ToString().ShouldBe($"{detail}?tab=acties#besluit");

        var signal = await factory.SignalAsync(reference);
        signal.Status.ShouldBe(SignalStatus.RegisteredForTable);
        signal.Subjects.Count.ShouldBe(2);
        signal.Events.ShouldContain(e => e.ToStatus == SignalStatus.RegisteredForTable && e.Actor.Contains("Sanne de Vries") && e.Reason!.Contains("Vermoeden versterkt"));
        signal.Events.ShouldContain(e => e.Description == "Gemeentelijke informatie toegevoegd");
        var html = await af.GetHtmlAsync(detail);
        html.ShouldContain("Aangemeld voor de regionale tafel");
        (await af.GetHtmlAsync(SignalTabs.Notes(reference))).ShouldContain("Adres bekend bij wijkteam");
    }

    [Fact]
    public async Task A_stale_decision_is_refused_and_the_typed_reason_kept()
    {
        var reference = await factory.SignalReferenceAsync("Hardenberg", SignalStatus.New);
        var detail = $"/meldingen/{reference}";
        var chain = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var staleVersion = WebSession.HiddenValue(await chain.GetHtmlAsync(SignalTabs.Actions(reference)), "Version")!;

        (await chain.PostFormAsync($"{detail}?handler=Decide", new() { ["Action"] = "TakeUp", ["Version"] = staleVersion }, formPage: detail)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stale = await chain.PostFormAsync($"{detail}?handler=Decide", new() { ["Action"] = "Answer", ["Reason"] = "Mijn antwoord op de vraag", ["Version"] = staleVersion }, formPage: detail);
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = await stale.Content.ReadAsStringAsync();
        html.ShouldContain("Iemand anders heeft deze melding intussen gewijzigd");
        html.ShouldContain("Mijn antwoord op de vraag");
        (await factory.SignalAsync(reference)).Status.ShouldBe(SignalStatus.InProgress);
    }

    [Fact]
    public async Task Forwarding_moves_the_signal_to_the_other_municipality_queue()
    {
        var (citizen, fields, _) = await PublicFormAsync("Eigenlijk speelt dit in Deventer.");
        var reference = Regex.Match((await citizen.PostFormAsync("/melden", fields)).Headers.Location!.ToString(), "reference=(MH-[A-Z0-9-]+)").Groups[1].Value;
        var detail = $"/meldingen/{reference}";
        var zwolle = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        var version = WebSession.HiddenValue(await zwolle.GetHtmlAsync(SignalTabs.Actions(reference)), "Version")!;
        var forward = await zwolle.PostFormAsync($"{detail}?handler=Decide",
            new() { ["Action"] = "Forward", ["Reason"] = "Woning staat in Deventer", ["ForwardTo"] = (await MunicipalityId("Deventer")).ToString(), ["Version"] = version }, formPage: detail);
        forward.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await zwolle.GetAsync(detail)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var deventer = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        (await deventer.GetHtmlAsync(SignalTabs.History(reference))).ShouldContain("Doorgestuurd van Zwolle naar Deventer");
    }

    [Fact]
    public async Task A_professional_files_an_acute_signal_and_the_table_hears_of_it()
    {
        var melder = await WebSession.SignedInAsync(factory, "melder@demo.schakel.nl");
        var missing = await melder.PostFormAsync("/meldingen/nieuw", new()
        {
            ["Draft.Kind"] = "Report", ["Draft.MelderTypeCode"] = "WIJKTEAM", ["Draft.MunicipalityId"] = (await MunicipalityId("Zwolle")).ToString(),
            ["Draft.FormCodes"] = "ARBEID", ["Draft.Description"] = "Man met verwondingen zegt dat zijn baas hem slaat.", ["Draft.IsAcute"] = "true",
        });
        (await missing.Content.ReadAsStringAsync()).ShouldContain("Geef aan wie direct ingrijpt");

        var created = await melder.PostFormAsync("/meldingen/nieuw", new()
        {
            ["Draft.Kind"] = "Report", ["Draft.MelderTypeCode"] = "WIJKTEAM", ["Draft.MunicipalityId"] = (await MunicipalityId("Zwolle")).ToString(),
            ["Draft.FormCodes"] = "ARBEID", ["Draft.Description"] = "Man met verwondingen zegt dat zijn baas hem slaat.", ["Draft.IsAcute"] = "true",
            ["Draft.AcuteBy"] = "PoliceOrProsecution", ["Draft.AcuteIntervention"] = "Politie ter plaatse, man naar huisarts.",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        created.Headers.Location!.ToString().ShouldBe("/mijn-meldingen", "a melder does not get the case file");

        var police = await WebSession.SignedInAsync(factory, "politie@demo.schakel.nl");
        var home = await police.GetHtmlAsync("/");
        var reference = Regex.Match(home, "ACUUT: melding (MH-[A-Z0-9-]+)").Groups[1].Value;
        reference.ShouldNotBeEmpty();
        (await police.GetHtmlAsync($"/meldingen/{reference}")).ShouldContain("Politie ter plaatse");
        (await melder.GetHtmlAsync("/mijn-meldingen")).ShouldContain(reference);
    }
}

public sealed class SubjectCorrectionTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task The_attention_officer_corrects_a_person_and_a_stale_correction_is_refused_with_the_input_kept()
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var subjectId = (await factory.SignalAsync(reference)).Subjects.Single(s => s.FullName == "Andrzej Kowalski").Id;
        var page = $"/meldingen/{reference}/personen/{subjectId}";
        var af = await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl");
        (await af.GetHtmlAsync(SignalTabs.Persons(reference))).ShouldContain(page);
        var version = WebSession.HiddenValue(await af.GetHtmlAsync(page), "Version")!;

        var bad = await af.PostFormAsync(page, new() { ["Version"] = version, ["Input.Role"] = "PossibleVictim", ["Input.FullName"] = "Andrzej Kowalski", ["Input.Postcode"] = "80 12DJ" });
        (await bad.Content.ReadAsStringAsync()).ShouldContain("4 cijfers en 2 letters");

        var ok = await af.PostFormAsync(page, new() { ["Version"] = version, ["Input.Role"] = "PossibleVictim", ["Input.FullName"] = "Andrzej Kowalski", ["Input.DateOfBirth"] = "1996-02-29", ["Input.Phones"] = "+48 601 234 567" });
        ok.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ok.Headers.Location!.ToString().ShouldBe($"/meldingen/{reference}?tab=personen#persoon-{subjectId}", "the user lands on the corrected person");
        var subject = (await factory.SignalAsync(reference)).Subjects.Single(s => s.Id == subjectId);
        subject.DateOfBirth.ShouldBe(new DateOnly(1996, 2, 29));

        var stale = await af.PostFormAsync(page, new() { ["Version"] = version, ["Input.Role"] = "PossibleVictim", ["Input.FullName"] = "A. Kowalsky" });
        var html = await stale.Content.ReadAsStringAsync();
        html.ShouldContain("Iemand anders heeft deze persoon intussen gewijzigd");
        html.ShouldContain("A. Kowalsky");
        (await factory.SignalAsync(reference)).Subjects.Single(s => s.Id == subjectId).FullName.ShouldBe("Andrzej Kowalski");

        var deventer = await WebSession.SignedInAsync(factory, "af.deventer@demo.schakel.nl");
        (await deventer.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
