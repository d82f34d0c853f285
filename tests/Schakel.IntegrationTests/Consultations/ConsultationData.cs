using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Consultations;
using Schakel.Core.Signals;
using Schakel.IntegrationTests.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Consultations;

internal static partial class ConsultationData
{
    public const string Zwolle = "af.zwolle@demo.schakel.nl";
    public const string Police = "politie@demo.schakel.nl";
    public const string Care = "zorgcoordinator@demo.schakel.nl";
    public const string Oov = "oov@demo.schakel.nl";

    /// <summary>The Zwolle officer marks the new Zwolle signal acute on its page, as the route does, and returns its reference.</summary>
    public static async Task<string> AcuteZwolleSignalAsync(this SchakelFactory factory, WebSession af)
    {
        var reference = await factory.SignalReferenceAsync("Zwolle", SignalStatus.New);
        var detail = $"/meldingen/{reference}";
        var version = WebSession.HiddenValue(await af.GetHtmlAsync(SignalTabs.Actions(reference)), "Version")!;
        (await af.PostFormAsync($"{detail}?handler=Decide", new()
        {
            ["Action"] = "MarkAcute", ["AcuteBy"] = "PoliceOrProsecution", ["AcuteIntervention"] = "Politie heeft hem van de werkplek gehaald.", ["Version"] = version,
        }, formPage: detail)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return reference;
    }

    /// <summary>Starts a spoed-MDO through the start form and returns its id.</summary>
    public static async Task<int> StartAsync(this SchakelFactory factory, WebSession af, string reference, params string[] invitees)
    {
        var ids = new List<KeyValuePair<string, string>>();
        foreach (var email in invitees)
        {
            ids.Add(new("invitees", await factory.UserIdAsync(email)));
        }
        var response = await af.PostFormAsync($"/meldingen/{reference}/spoed-mdo",
            new() { ["question"] = "Is hij bij u bekend en is vannacht opvang nodig?", ["hours"] = "4" }, extra: ids);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return int.Parse(IdPattern().Match(response.Headers.Location!.ToString()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static Task<AcuteConsultation> ConsultationAsync(this SchakelFactory factory, int id) =>
        factory.WithAsync(db => db.Set<AcuteConsultation>().Include(c => c.Invitations).AsNoTracking().SingleAsync(c => c.Id == id));

    [GeneratedRegex(@"/spoed-mdo/(\d+)")]
    private static partial Regex IdPattern();
}
