using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace Schakel.Web.Infrastructure.Web;

/// <summary>
/// The one rule for free text from forms and the API. Control characters other than tab, CR and LF are refused with a
/// Dutch 400 (a NUL passes SQLite and then breaks PostgreSQL, others hide in exports). Bidirectional embedding,
/// override and isolate characters (U+202A–U+202E, U+2066–U+2069) are removed on input: Schakel's text is Dutch, and
/// there they only serve to make a reference, name or file name read differently on screen than it is stored.
/// Removing them at the door keeps every later display, export and search free of them without per-view encoding.
/// </summary>
public static class TextInput
{
    public const string ControlMessage = "De tekst bevat onzichtbare stuurtekens (bijvoorbeeld een nul-teken). Verwijder die en probeer het opnieuw.";

    public static bool HasForbiddenControl(string text) => text.Any(IsForbiddenControl);

    /// <summary>C0 except tab/CR/LF, DEL, and C1.</summary>
    private static bool IsForbiddenControl(char c) => char.IsControl(c) && c is not ('\t' or '\r' or '\n');

    public static string WithoutBidiControls(string text) =>
        text.AsSpan().IndexOfAnyInRange('\u202A', '\u2069') < 0 ? text : new string(text.Where(c => !IsBidiControl(c)).ToArray());

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>Form fields: the rule applied while binding, so every page gets it and shows the message at the field.</summary>
    public sealed class BinderProvider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
            context.Metadata.ModelType == typeof(string) && context.BindingInfo.BindingSource != BindingSource.Body
                ? new Binder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
                : null;
    }

    private sealed class Binder(IModelBinder inner) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext context)
        {
            await inner.BindModelAsync(context);
            if (context.Result.Model is not string text)
            {
                return;
            }
            if (HasForbiddenControl(text))
            {
                context.ModelState.TryAddModelError(context.ModelName, ControlMessage);
                // No value at all: a page that saves without looking at ModelState still stores nothing of it.
                context.Result = ModelBindingResult.Success(null);
                return;
            }
            context.Result = ModelBindingResult.Success(WithoutBidiControls(text));
        }
    }

    /// <summary>JSON strings in API requests: same rule; the caller answers <see cref="RefusedException"/> with a 400.</summary>
    public sealed class JsonConverter : JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString();
            if (text is not null && HasForbiddenControl(text))
            {
                throw new RefusedException();
            }
            return text is null ? null : WithoutBidiControls(text);
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    public sealed class RefusedException() : JsonException(ControlMessage);
}
