using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Schakel.Web.Features.Shared;

public static class FormErrors
{
    public static string Conflict => Infrastructure.Data.StaleSave.Message();

    /// <summary>Adds rule errors, except where binding already explained the field (an unreadable date, a word in a number).</summary>
    public static void AddRuleErrors(this ModelStateDictionary state, IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (key, message) in errors)
        {
            if (state.GetFieldValidationState(key) != ModelValidationState.Invalid)
            {
                state.AddModelError(key, message);
            }
        }
    }

    /// <summary>What the user typed in a date field, kept when the form comes back with errors.</summary>
    public static string? TypedDate(this ModelStateDictionary state, string key, DateOnly? value) =>
        state.TryGetValue(key, out var entry) && entry.AttemptedValue is not null
            ? entry.AttemptedValue
            : value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
