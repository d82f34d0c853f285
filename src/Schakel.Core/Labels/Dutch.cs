using System.Collections.Concurrent;

namespace Schakel.Core.Labels;

/// <summary>
/// The one place where an enum member or a stored code becomes the Dutch words a user reads. Enums of the core are
/// known here; an enum of another assembly registers its label function once (<see cref="Register{T}"/>), so each
/// enum keeps exactly one source of its labels.
/// </summary>
public static class Dutch
{
    private static readonly ConcurrentDictionary<Type, Func<Enum, string>> Registered = new();

    /// <summary>The Dutch label of an enum member. A flags value combines the labels of its members.</summary>
    public static string Of(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TryOf(value) ?? value.ToString();
    }

    /// <summary>The label, or null when no label function knows the enum (the catalogue test keeps this from happening).</summary>
    public static string? TryOf(Enum value)
    {
        var type = value.GetType();
        if (CoreEnumLabels.Functions.TryGetValue(type, out var core))
        {
            return core(value);
        }
        return Registered.TryGetValue(type, out var registered) ? registered(value) : null;
    }

    /// <summary>Registers the label function of an enum that lives outside the core (e.g. a web feature's enum).</summary>
    public static void Register<T>(Func<T, string> label) where T : struct, Enum =>
        Registered[typeof(T)] = value => label((T)value);

    /// <summary>True when the enum type has a label function, here or registered.</summary>
    public static bool Knows(Type enumType) => CoreEnumLabels.Functions.ContainsKey(enumType) || Registered.ContainsKey(enumType);

    /// <summary>The Dutch label of a stored code; an unknown code is shown as it is stored, so nothing is hidden.</summary>
    public static string Code(CodeList list, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "";
        }
        return CodeLabels.TryLabel(list, code) ?? code;
    }

    /// <summary>Labels of several codes, joined as Dutch reads a list ("Seksuele uitbuiting, Criminele uitbuiting").</summary>
    public static string Codes(CodeList list, IEnumerable<string> codes) =>
        string.Join(", ", codes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => Code(list, c.Trim())));

    /// <summary>Every code of a list with its label, in the list's order.</summary>
    public static IReadOnlyList<(string Code, string Label)> All(CodeList list) => CodeLabels.All(list);

    /// <summary>
    /// Member names and codes that must never be read on a page: every member of a labelled enum and every code of a
    /// code list, except tokens that are themselves ordinary text (equal to a label, a Dutch word, or too short or
    /// numeric to tell apart from normal text).
    /// </summary>
    public static IReadOnlySet<string> RawTokens() => RawTokenSet.Build(Registered.Keys);
}
