using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Schakel.Web.Features.Shared;

/// <summary>Small helpers shared by the beheer pages so every form reports errors the same way.</summary>
/// <remarks>
/// Model binding turns an empty text field into null even when the property defaults to "", so handlers that touch a
/// string before checking ModelState use <c>?? ""</c>.
/// </remarks>
public static partial class AdminForm
{
    public static string ConflictMessage => Infrastructure.Data.StaleSave.Message();

    /// <summary>The NL Design System modifier for a field with an error, so the field itself shows it too.</summary>
    public static string Invalid(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? "utrecht-form-field--invalid" : "";

    /// <summary>The error text for one field, for fields rendered by hand (checkbox groups, partials).</summary>
    public static string ErrorText(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : "";

    /// <summary>What the user typed in a number field, even when it was not a number, so a failed submit keeps it.</summary>
    public static string? Typed(this ModelStateDictionary state, string key, int? value) =>
        state.TryGetValue(key, out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Codes end up on stored records and in API payloads, so they stay plain and stable.</summary>
    [GeneratedRegex("^[A-Z0-9_]{2,40}$")]
    public static partial Regex CodePattern();

    public const string CodeMessage = "Gebruik 2 tot 40 hoofdletters, cijfers of liggende streepjes (_), bijvoorbeeld NIEUWE_CODE.";

    /// <summary>Identity reports in English; the beheerder reads Dutch, next to the field it is about.</summary>
    public static void AddIdentityErrors(this ModelStateDictionary state, IdentityResult result, string passwordKey, string emailKey)
    {
        foreach (var error in result.Errors)
        {
            var (field, message) = error.Code switch
            {
                nameof(IdentityErrorDescriber.PasswordTooShort) => (passwordKey, "Het wachtwoord moet minstens 12 tekens lang zijn."),
                nameof(IdentityErrorDescriber.PasswordRequiresDigit) => (passwordKey, "Het wachtwoord moet een cijfer bevatten."),
                nameof(IdentityErrorDescriber.PasswordRequiresLower) => (passwordKey, "Het wachtwoord moet een kleine letter bevatten."),
                nameof(IdentityErrorDescriber.PasswordRequiresUpper) => (passwordKey, "Het wachtwoord moet een hoofdletter bevatten."),
                nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => (passwordKey, "Het wachtwoord moet een leesteken of symbool bevatten."),
                nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => (passwordKey, "Het wachtwoord bevat te weinig verschillende tekens."),
                nameof(IdentityErrorDescriber.PasswordMismatch) => (passwordKey, "Het wachtwoord klopt niet."),
                nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
                    (emailKey, "Er bestaat al een gebruiker met dit e-mailadres."),
                nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) =>
                    (emailKey, "Vul een geldig e-mailadres in."),
                nameof(IdentityErrorDescriber.ConcurrencyFailure) => ("", ConflictMessage),
                // Schakel's own validators already describe their errors in Dutch.
                "CommonPassword" or "PasswordContainsUserName" => (passwordKey, error.Description),
                _ => ("", "De wijziging is niet opgeslagen door een onbekende fout. Probeer het opnieuw."),
            };
            state.AddModelError(field, message);
        }
    }
}
