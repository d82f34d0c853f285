using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Schakel.Web.Features.Notifications.Mail;

public sealed record RenderedMail(string Subject, string Text, string Html);

/// <summary>
/// The Dutch text of every mail, chosen by kind. A mail only says that something waits in Schakel and links to it:
/// whatever a notification's title says about a case never reaches a mailbox.
/// </summary>
public static class MailTemplates
{
    private sealed record Template(string Subject, string Sentence);

    private static readonly Dictionary<NotificationKind, Template> ByKind = new()
    {
        [NotificationKind.AcuteSignal] = new("ACUUT: er staat een acute melding voor u klaar in Schakel", "Er is een acute melding binnengekomen die directe aandacht vraagt."),
        [NotificationKind.NewSignal] = new("Er staat een nieuwe melding in uw wachtrij", "Er is een nieuwe melding of adviesvraag in de wachtrij van uw gemeente gezet."),
        [NotificationKind.SignalPickedUp] = new("Uw melding is opgepakt", "Een melding die u heeft ingevoerd, is opgepakt."),
        [NotificationKind.SignalForwarded] = new("Er is een melding naar uw gemeente doorgestuurd", "Een andere gemeente heeft een melding naar uw gemeente doorgestuurd."),
        [NotificationKind.RegisteredForTable] = new("Er is een melding aangemeld voor de regionale tafel", "Er is een melding aangemeld voor de regionale tafel waaraan u deelneemt."),
        [NotificationKind.TableDecision] = new("De regionale tafel heeft een besluit genomen", "De regionale tafel heeft een besluit genomen over een melding van uw gemeente."),
        [NotificationKind.PreRound] = new("Er staat een voorronde voor u klaar", "Er staat een voorronde voor de regionale tafel voor u klaar."),
        [NotificationKind.MeetingInvitation] = new("U bent uitgenodigd voor een overleg", "U bent uitgenodigd voor een overleg van de regionale tafel."),
        [NotificationKind.ActionAssigned] = new("U heeft een nieuwe actie van de regionale tafel", "De regionale tafel heeft een actie aan u toegewezen."),
        [NotificationKind.ActionDue] = new("Een actie van u moet worden afgerond", "Een actie die aan u is toegewezen, nadert de uiterste datum of is verlopen."),
        [NotificationKind.LinkClusterFlagged] = new("Er is een mogelijke samenhang tussen meldingen gesignaleerd", "Schakel heeft een mogelijke samenhang tussen meldingen gevonden die om beoordeling vraagt."),
        [NotificationKind.BreakGlass] = new("Noodtoegang gebruikt: beoordeling nodig", "Iemand heeft noodtoegang gebruikt. Dit moet worden beoordeeld."),
        [NotificationKind.Triage] = new("Er wacht een melding op triage", "Er wacht een melding in uw triagewachtrij."),
        [NotificationKind.SentBack] = new("Er is een melding met een vraag teruggestuurd", "Een melding is met een vraag teruggestuurd naar uw gemeente."),
        [NotificationKind.LocalFollowUp] = new("Er is een melding teruggegeven voor lokale opvolging", "De regionale tafel heeft een melding teruggegeven aan uw gemeente voor lokale opvolging."),
        [NotificationKind.UnderminingReferral] = new("Er is een melding aan u voorgelegd", "Er is een melding aan u voorgelegd om te beoordelen."),
        [NotificationKind.AcuteConsultation] = new("ACUUT: uw reactie op een spoedoverleg is nodig", "U wordt gevraagd binnen enkele uren te reageren op een spoedoverleg (spoed-MDO)."),
        [NotificationKind.AcuteConsultationUpdate] = new("Er is nieuws over een spoedoverleg", "Er is nieuws over een spoedoverleg (spoed-MDO) waaraan u deelneemt."),
    };

    public static bool HasTemplate(NotificationKind kind) => ByKind.ContainsKey(kind);

    /// <summary>Notifications of these kinds always go out at once, whatever the user chose.</summary>
    public static bool IsAcute(NotificationKind kind) => kind is NotificationKind.AcuteSignal or NotificationKind.BreakGlass or NotificationKind.AcuteConsultation
        or NotificationKind.AcuteConsultationUpdate;

    /// <summary>The short line for a kind in the daily digest.</summary>
    public static string DigestLine(NotificationKind kind) => ByKind.TryGetValue(kind, out var t) ? t.Subject : "Overige berichten";

    public static RenderedMail Render(string kind, MailData data, DateTimeOffset createdAt, string baseUrl)
    {
        var root = baseUrl.TrimEnd('/');
        var when = $"Dit bericht is aangemaakt op {DutchTime.Format(createdAt)} (Nederlandse tijd).";
        if (kind == OutboxMessage.MelderKind)
        {
            var subject = data.Subject ?? "Bericht over uw melding";
            var body = data.Body ?? "";
            return new(subject, body + "\n", Html(subject, [body], link: null));
        }
        if (kind == OutboxMessage.DigestKind)
        {
            var lines = (data.Counts ?? [])
                .Select(c => (Kind: Enum.TryParse<NotificationKind>(c.Key, out var k) ? k : (NotificationKind?)null, Count: c.Value))
                .Select(c => $"{(c.Kind is { } k ? DigestLine(k) : "Overige berichten")}: {c.Count.ToString(CultureInfo.InvariantCulture)}")
                .ToList();
            var link = root + "/meldingen-voor-mij";
            string[] intro = ["Sinds het vorige overzicht staan deze berichten voor u klaar in Schakel:"];
            string[] outro = ["Om de privacy van betrokkenen te beschermen staat in deze e-mail niets over de inhoud.", when, PreferenceLine(root, acute: false)];
            return new("Uw dagelijks overzicht van Schakel",
                Text(intro.Concat(lines.Select(l => "- " + l)), link, outro),
                Html("Uw dagelijks overzicht van Schakel", intro, link, lines, outro));
        }
        var parsed = Enum.Parse<NotificationKind>(kind);
        var template = ByKind[parsed];
        var target = data.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) ? root + url : root + "/meldingen-voor-mij";
        string[] paragraphs = [template.Sentence, "Er staat iets voor u klaar in Schakel. Om de privacy van betrokkenen te beschermen staat in deze e-mail niets over de inhoud."];
        string[] after = [when, PreferenceLine(root, IsAcute(parsed))];
        return new(template.Subject, Text(paragraphs, target, after), Html(template.Subject, paragraphs, target, null, after));
    }

    private static string PreferenceLine(string root, bool acute) => acute
        ? "Acute berichten stuurt Schakel altijd direct."
        : $"Liever één overzicht per dag? Kies dat bij uw e-mailvoorkeuren: {root}/account/e-mail";

    private static string Text(IEnumerable<string> paragraphs, string link, IEnumerable<string> after)
    {
        var text = new StringBuilder("Beste gebruiker van Schakel,\n\n");
        foreach (var p in paragraphs)
        {
            text.Append(p).Append('\n');
        }
        text.Append("\nBekijk het in Schakel: ").Append(link).Append("\n\n");
        foreach (var p in after)
        {
            text.Append(p).Append('\n');
        }
        return text.ToString();
    }

    private static string Html(string title, IEnumerable<string> paragraphs, string? link, IReadOnlyList<string>? items = null, IEnumerable<string>? after = null)
    {
        var e = HtmlEncoder.Default;
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>")
            .Append(e.Encode(title)).Append("</title></head><body style=\"font-family:sans-serif\"><p>Beste gebruiker van Schakel,</p>");
        foreach (var p in paragraphs)
        {
            html.Append("<p>").Append(e.Encode(p)).Append("</p>");
        }
        if (items is { Count: > 0 })
        {
            html.Append("<ul>");
            foreach (var i in items)
            {
                html.Append("<li>").Append(e.Encode(i)).Append("</li>");
            }
            html.Append("</ul>");
        }
        if (link is not null)
        {
            html.Append("<p><a href=\"").Append(e.Encode(link)).Append("\">Bekijk het in Schakel</a></p>");
        }
        foreach (var p in after ?? [])
        {
            html.Append("<p><small>").Append(e.Encode(p)).Append("</small></p>");
        }
        return html.Append("</body></html>").ToString();
    }
}
