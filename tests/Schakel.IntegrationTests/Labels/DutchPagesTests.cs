using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Audit;
using Schakel.Core.Labels;
using Schakel.IntegrationTests.Table;
using Schakel.Testing;
using Schakel.Web.Infrastructure.Audit;

namespace Schakel.IntegrationTests.Labels;

/// <summary>
/// The pages that used to show codes and English (audit log, data-subject report, ads, risk profile) read as Dutch: the
/// labels are there, and no enum member, stored code or English word from the deny list is visible.
/// </summary>
public sealed partial class DutchPagesTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    private static readonly string[] English = ["Denied", "Rejected", "Not found", "subjects", "TableCase", "AttentionOfficer", "DOMAIN", "SPEC", "§", "Moment (UTC)"];

    [Fact]
    public async Task The_audit_log_shows_actions_record_types_roles_and_messages_in_Dutch()
    {
        var caseId = (await factory.DemoCaseIdAsync()).ToString(CultureInfo.InvariantCulture);
        var audit = factory.Services.GetRequiredService<AuditLog>();
        // Entries as earlier versions wrote them: an old record name and an English message.
        await audit.RecordStoredNameAsync(null, AuditAction.Denied, "TableCase", caseId, details: "Rejected: subjects 12 and 14");
        var reference = await factory.SignalReferenceAsync("Zwolle", Schakel.Core.Signals.SignalStatus.New);
        await (await WebSession.SignedInAsync(factory, "af.zwolle@demo.schakel.nl")).GetHtmlAsync($"/meldingen/{reference}");

        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var flagged = await fg.GetHtmlAsync("/privacy/audit");
        var text = VisibleText(flagged);
        text.ShouldContain($"Casus {caseId}");
        text.ShouldContain("Geweigerd");
        text.ShouldContain("Geen verband: betrokkenen 12 en 14");
        flagged.ShouldContain(">Moment</th>");
        ShouldReadDutch(text);

        var search = await fg.PostFormAsync("/privacy/audit", new() { ["UserEmail"] = "af.zwolle@demo.schakel.nl" }, "/privacy/audit");
        search.StatusCode.ShouldBe(HttpStatusCode.OK);
        var found = VisibleText(await search.Content.ReadAsStringAsync());
        found.ShouldContain("Aandachtsfunctionaris");
        found.ShouldContain("Ingezien");
        ShouldReadDutch(found);
    }

    [Fact]
    public async Task The_data_subject_report_shows_age_group_gender_and_forms_as_labels()
    {
        var subjectId = await factory.WithAsync(db => db.Subjects.Where(s => s.FullName == "Lotte").Select(s => s.Id).FirstAsync());
        var fg = await WebSession.SignedInAsync(factory, "fg@demo.schakel.nl");
        var text = VisibleText(await fg.GetHtmlAsync($"/privacy/personen/{subjectId}"));
        text.ShouldContain("Minderjarig (< 18)");
        text.ShouldContain("Vrouw");
        text.ShouldContain("uitbuiting");
        ShouldReadDutch(text);
    }

    [Fact]
    public async Task The_ad_pages_and_the_risk_profile_show_indicator_labels_and_no_internal_references()
    {
        var (ad, cluster) = await factory.WithAsync(async db => (
            await db.Set<Schakel.Web.Features.Ads.Contracts.StoredAd>().OrderByDescending(a => a.RiskScore).Select(a => a.Id).FirstAsync(),
            await db.Set<Schakel.Web.Features.Ads.Contracts.StoredAdCluster>().Select(c => c.Id).FirstAsync()));
        var riec = await WebSession.SignedInAsync(factory, "riec@demo.schakel.nl");
        var problems = new List<string>();
        foreach (var page in new[] { "/advertenties/profiel", $"/advertenties/{ad}", $"/advertenties/clusters/{cluster}", "/advertenties" })
        {
            problems.AddRange(Problems(VisibleText(await riec.GetHtmlAsync(page)), page));
        }
        problems.ShouldBeEmpty();
        var profile = VisibleText(await riec.GetHtmlAsync("/advertenties/profiel"));
        profile.ShouldContain("Telefoonnummer komt voor in een signaal of casus");
        var queue = VisibleText(await riec.GetHtmlAsync("/advertenties"));
        queue.ShouldNotContain("phone_in_signal");
    }

    [Fact]
    public async Task The_figures_linking_basic_level_and_cost_pages_show_no_codes()
    {
        var keten = await WebSession.SignedInAsync(factory, "ketenregisseur@demo.schakel.nl");
        var problems = new List<string>();
        foreach (var page in new[] { "/dashboard", "/dashboard/jaarverslag", "/dashboard/comensha", "/kosten", "/koppelen", "/koppelen/model", "/basisniveau/overzicht", "/trainingen" })
        {
            problems.AddRange(Problems(VisibleText(await keten.GetHtmlAsync(page)), page));
        }
        var admin = await WebSession.SignedInAsync(factory, "beheerder@demo.schakel.nl");
        var zwolle = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.Id).SingleAsync());
        foreach (var page in new[] { "/beheer/lijsten", $"/beheer/organisaties/{zwolle}/sleutels", "/beheer/kengetallen" })
        {
            problems.AddRange(Problems(VisibleText(await admin.GetHtmlAsync(page)), page));
        }
        problems.ShouldBeEmpty();
    }

    private static void ShouldReadDutch(string text, string? page = null) => Problems(text, page).ShouldBeEmpty();

    /// <summary>English words from the deny list and codes or member names shown instead of their labels.</summary>
    private static IEnumerable<string> Problems(string text, string? page) =>
        English.Where(w => text.Contains(w, StringComparison.Ordinal)).Select(w => $"{page}: '{w}' is not Dutch")
            .Concat(RawTokens.Value.Matches(text).Select(m => m.Value).Distinct().Select(t => $"{page}: code '{t}' instead of its label"));

    private static readonly Lazy<Regex> RawTokens = new(() => new Regex(
        @"(?<![\w-])(" + string.Join('|', Dutch.RawTokens().OrderByDescending(t => t.Length).Select(Regex.Escape)) + @")(?![\w-])",
        RegexOptions.CultureInvariant));

    /// <summary>What a reader sees: the text between tags, without scripts, styles and the hidden anti-forgery fields.</summary>
    private static string VisibleText(string html)
    {
        var body = Hidden().Replace(html, " ");
        return WebUtility.HtmlDecode(Tags().Replace(body, " "));
    }

    [GeneratedRegex(@"<(script|style|head)\b.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();
}
