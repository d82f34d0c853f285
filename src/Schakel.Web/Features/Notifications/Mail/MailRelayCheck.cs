using Microsoft.Extensions.Options;

namespace Schakel.Web.Features.Notifications.Mail;

/// <summary>
/// Production must not accept notifications that nobody will ever receive: with mail on, it needs a relay, a sender
/// address and the address of Schakel for the links, or it refuses to start and says what to set.
/// </summary>
public sealed class MailRelayCheck(IHostEnvironment environment) : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        if (!options.Enabled || !environment.IsProduction())
        {
            return ValidateOptionsResult.Success;
        }
        var missing = new List<string>();
        if (!options.UsesRelay)
        {
            missing.Add("Mail:Host (de mailserver)");
        }
        if (string.IsNullOrWhiteSpace(options.From))
        {
            missing.Add("Mail:From (het afzenderadres)");
        }
        if (string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            missing.Add("Mail:BaseUrl (het adres van Schakel voor de link in de e-mail)");
        }
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Schakel start niet: e-mail voor meldingen staat aan (Mail:Enabled), maar niet ingesteld is: {string.Join("; ", missing)}. " +
                "Stel de mailserver in, of zet Mail:Enabled op false als meldingen alleen in Schakel zelf mogen verschijnen.");
    }
}
