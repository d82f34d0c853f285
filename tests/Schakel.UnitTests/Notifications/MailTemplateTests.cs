using Schakel.Web.Features.Notifications.Mail;

namespace Schakel.UnitTests.Notifications;

public sealed class MailTemplateTests
{
    private static readonly DateTimeOffset Winter = new(2026, 12, 6, 7, 30, 0, TimeSpan.Zero);
    private const string Base = "https://schakel.regio.nl/";

    public static TheoryData<NotificationKind> Kinds() => [.. Enum.GetValues<NotificationKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_a_Dutch_template_with_a_link_and_no_more_than_that_something_waits(NotificationKind kind)
    {
        MailTemplates.HasTemplate(kind).ShouldBeTrue($"{kind} needs a template before it can be mailed");
        var mail = MailTemplates.Render(kind.ToString(), new MailData(Url: "/meldingen/MH-2026-0042"), Winter, Base);
        mail.Text.ShouldContain("Er staat iets voor u klaar in Schakel");
        mail.Text.ShouldContain("https://schakel.regio.nl/meldingen/MH-2026-0042");
        mail.Html.ShouldContain("<a href=\"https://schakel.regio.nl/meldingen/MH-2026-0042\">");
        mail.Subject.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Times_are_shown_in_Dutch_time()
    {
        MailTemplates.Render("NewSignal", new MailData(), Winter, Base).Text.ShouldContain("6-12-2026 08:30 (Nederlandse tijd)");
        MailTemplates.Render("NewSignal", new MailData(), new DateTimeOffset(2026, 7, 1, 7, 30, 0, TimeSpan.Zero), Base).Text.ShouldContain("1-7-2026 09:30");
    }

    [Fact]
    public void A_link_that_is_not_a_path_inside_Schakel_is_replaced_by_the_users_messages()
    {
        MailTemplates.Render("NewSignal", new MailData(Url: "https://elders.example/x"), Winter, Base).Text.ShouldContain("https://schakel.regio.nl/meldingen-voor-mij");
        MailTemplates.Render("NewSignal", new MailData(Url: "//elders.example/x"), Winter, Base).Text.ShouldNotContain("elders.example");
    }

    [Fact]
    public void Acute_kinds_say_they_always_come_at_once_and_others_point_to_the_digest()
    {
        MailTemplates.IsAcute(NotificationKind.AcuteSignal).ShouldBeTrue();
        MailTemplates.IsAcute(NotificationKind.BreakGlass).ShouldBeTrue();
        MailTemplates.IsAcute(NotificationKind.AcuteConsultation).ShouldBeTrue();
        MailTemplates.IsAcute(NotificationKind.AcuteConsultationUpdate).ShouldBeTrue();
        MailTemplates.IsAcute(NotificationKind.NewSignal).ShouldBeFalse();
        MailTemplates.Render("AcuteSignal", new MailData(), Winter, Base).Text.ShouldContain("altijd direct");
        MailTemplates.Render("ActionDue", new MailData(), Winter, Base).Text.ShouldContain("https://schakel.regio.nl/account/e-mail");
    }

    [Fact]
    public void The_digest_counts_per_kind_and_links_to_the_users_messages()
    {
        var mail = MailTemplates.Render(OutboxMessage.DigestKind, new MailData(Counts: new() { ["NewSignal"] = 3, ["PreRound"] = 1 }), Winter, Base);
        mail.Subject.ShouldBe("Uw dagelijks overzicht van Schakel");
        mail.Text.ShouldContain("- Er staat een nieuwe melding in uw wachtrij: 3");
        mail.Text.ShouldContain("- Er staat een voorronde voor u klaar: 1");
        mail.Html.ShouldContain("<li>Er staat een voorronde voor u klaar: 1</li>");
        mail.Text.ShouldContain("https://schakel.regio.nl/meldingen-voor-mij");
    }

    [Fact]
    public void The_melders_text_is_kept_and_encoded_in_the_html()
    {
        var mail = MailTemplates.Render(OutboxMessage.MelderKind, new MailData(Subject: "Uw melding is opgepakt", Body: "Dank <voor> uw melding."), Winter, Base);
        mail.Subject.ShouldBe("Uw melding is opgepakt");
        mail.Text.ShouldContain("Dank <voor> uw melding.");
        mail.Html.ShouldContain("Dank &lt;voor&gt; uw melding.");
    }

    [Fact]
    public void The_outbox_data_never_holds_more_than_its_fields()
    {
        var json = new MailData(Url: "/meldingen/MH-1").ToJson();
        json.ShouldBe("{\"url\":\"/meldingen/MH-1\"}");
        MailData.FromJson(json).Url.ShouldBe("/meldingen/MH-1");
    }
}

public sealed class MailBackoffTests
{
    [Fact]
    public void Waits_double_from_the_first_retry_up_to_the_maximum()
    {
        var first = TimeSpan.FromSeconds(30);
        var max = TimeSpan.FromMinutes(60);
        MailBackoff.After(1, first, max).ShouldBe(TimeSpan.FromSeconds(30));
        MailBackoff.After(2, first, max).ShouldBe(TimeSpan.FromMinutes(1));
        MailBackoff.After(3, first, max).ShouldBe(TimeSpan.FromMinutes(2));
        MailBackoff.After(7, first, max).ShouldBe(TimeSpan.FromMinutes(32));
        MailBackoff.After(8, first, max).ShouldBe(TimeSpan.FromMinutes(60));
        MailBackoff.After(1000, first, max).ShouldBe(TimeSpan.FromMinutes(60));
    }

    [Fact]
    public void The_digest_falls_at_the_configured_hour_in_Dutch_time_across_daylight_saving()
    {
        // 08:00 in winter is 07:00 UTC, in summer 06:00 UTC.
        MailDigest.NextDueAt(new DateTimeOffset(2026, 12, 6, 6, 0, 0, TimeSpan.Zero), 8).ShouldBe(new DateTimeOffset(2026, 12, 6, 7, 0, 0, TimeSpan.Zero));
        MailDigest.NextDueAt(new DateTimeOffset(2026, 12, 6, 7, 0, 0, TimeSpan.Zero), 8).ShouldBe(new DateTimeOffset(2026, 12, 7, 7, 0, 0, TimeSpan.Zero));
        MailDigest.LastDueAt(new DateTimeOffset(2026, 7, 1, 5, 0, 0, TimeSpan.Zero), 8).ShouldBe(new DateTimeOffset(2026, 6, 30, 6, 0, 0, TimeSpan.Zero));
        MailDigest.LastDueAt(new DateTimeOffset(2026, 7, 1, 6, 0, 0, TimeSpan.Zero), 8).ShouldBe(new DateTimeOffset(2026, 7, 1, 6, 0, 0, TimeSpan.Zero));
    }
}
