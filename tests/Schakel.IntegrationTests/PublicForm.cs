using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Schakel.Testing;

namespace Schakel.IntegrationTests;

/// <summary>A citizen's report through the public form at /melden, as tests that need a fresh signal in a municipality make it.</summary>
public static class PublicForm
{
    /// <summary>Reports one possible victim in the municipality and returns the new signal's reference.</summary>
    public static async Task<string> ReportAsync(SchakelFactory factory, string municipality, string description, string name, string? phones = null)
    {
        var session = WebSession.Anonymous(factory);
        var html = await session.GetHtmlAsync("/melden");
        var id = await factory.WithAsync(db => db.Organisations.Where(o => o.Name == municipality).Select(o => o.Id).SingleAsync());
        var form = new Dictionary<string, string>
        {
            ["SubmissionToken"] = WebSession.HiddenValue(html, "SubmissionToken")!, ["Draft.MelderTypeCode"] = "BURGER",
            ["Draft.MunicipalityId"] = id.ToString(CultureInfo.InvariantCulture), ["Draft.FormCodes"] = "SEKS",
            ["Draft.Description"] = description, ["Draft.Subjects[0].Role"] = "PossibleVictim",
            ["Draft.Subjects[0].FullName"] = name, ["Draft.MelderContact"] = "buurvrouw@example.nl",
        };
        if (phones is not null)
        {
            form["Draft.Subjects[0].Phones"] = phones;
        }
        var posted = await session.PostFormAsync("/melden", form);
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return Regex.Match(posted.Headers.Location!.ToString(), "reference=(MH-[A-Z0-9-]+)").Groups[1].Value;
    }
}
