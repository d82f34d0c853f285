using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Core.Undermining;
using Schakel.Testing;
using Schakel.Web.Features.Signals.Contracts;

namespace Schakel.IntegrationTests.Undermining;

internal static class UnderminingData
{
    public const string AfZwolle = "af.zwolle@demo.schakel.nl", AfDeventer = "af.deventer@demo.schakel.nl", Oov = "oov@demo.schakel.nl",
        Riec = "riec@demo.schakel.nl", Keten = "ketenregisseur@demo.schakel.nl";

    /// <summary>A fresh signal in the municipality's queue, filed as the app would, so each test has its own.</summary>
    public static async Task<string> NewSignalAsync(this SchakelFactory factory, string municipality)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Schakel.Web.Infrastructure.Data.SchakelDb>();
        var id = await db.Organisations.Where(o => o.Name == municipality).Select(o => o.Id).SingleAsync();
        var intake = scope.ServiceProvider.GetRequiredService<ISignalIntake>();
        var result = await intake.CreateAsync(new SignalDraft
        {
            MelderTypeCode = "WIJKTEAM", MunicipalityId = id, ObservedOn = DateOnly.FromDateTime(factory.Now.UtcDateTime), FormCodes = [ExploitationForms.Labour],
            Description = "Nagelsalon met wisselend personeel dat in het pand lijkt te slapen.",
            Subjects = [new SubjectDraft { Role = SubjectRole.PossibleVictim, FullName = "Thi Lan Nguyen" }],
        }, new IntakeSource(IntakeChannel.App, "test"), CancellationToken.None);
        return result.Signal.Reference;
    }

    public static Task<UnderminingReferral?> ReferralAsync(this SchakelFactory factory, string reference) =>
        factory.WithAsync(db => db.Set<UnderminingReferral>().AsNoTracking().Where(r => r.SignalReference == reference).OrderByDescending(r => r.Id).FirstOrDefaultAsync());

    public static async Task<int> ReferAsync(this SchakelFactory factory, WebSession af, string reference, string question = "Mogelijk ondermijning: pand wisselt vaak van huurder.")
    {
        var response = await af.PostFormAsync($"/meldingen/{reference}/ondermijning", new() { ["Question"] = question }, formPage: $"/meldingen/{reference}");
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (await factory.ReferralAsync(reference))!.Id;
    }

    /// <summary>Posts one step of the referral page with the referral's current version, as the page's form would.</summary>
    public static async Task<HttpResponseMessage> StepAsync(this SchakelFactory factory, WebSession session, int id, string handler, Dictionary<string, string>? fields = null)
    {
        var version = await factory.WithAsync(db => db.Set<UnderminingReferral>().Where(r => r.Id == id).Select(r => r.Version).SingleAsync());
        var form = new Dictionary<string, string>(fields ?? []) { ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        // The token comes from a page every signed-in user may open, so a refused step is refused by the step itself.
        return await session.PostFormAsync($"/ondermijning/{id}?handler={handler}", form, formPage: "/");
    }

    public static Task<string> UserIdAsync(this SchakelFactory factory, string email) =>
        factory.WithAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<List<string>> NotificationTitlesAsync(this SchakelFactory factory, string email) =>
        factory.WithAsync(db => db.Notifications.Where(n => db.Users.Any(u => u.Email == email && u.Id == n.UserId)).Select(n => n.Title).ToListAsync());
}
