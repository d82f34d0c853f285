using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Schakel.Web.Infrastructure.Web;

/// <summary>
/// Model binding speaks English by default ("The value 'x' is not valid"); users only read Dutch, and these messages
/// are shown next to the field when someone types letters in a number field.
/// </summary>
public static class DutchBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"'{value}' is geen geldige waarde voor {field}.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        p.SetValueIsInvalidAccessor(value => $"'{value}' is geen geldige waarde.");
        p.SetUnknownValueIsInvalidAccessor(field => $"De waarde bij {field} is ongeldig.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "De ingevulde waarde is ongeldig.");
        p.SetValueMustBeANumberAccessor(field => $"Vul bij {field} een getal in.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        p.SetValueMustNotBeNullAccessor(value => "Vul dit veld in.");
        p.SetMissingBindRequiredValueAccessor(field => $"Vul {field} in.");
        p.SetMissingKeyOrValueAccessor(() => "Vul dit veld in.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Het verzoek bevat geen gegevens.");
    }
}
