namespace Schakel.Core.Linking;

/// <summary>The role a subject has in its signal, as far as linking cares: a victim is never the suspect of the same pair.</summary>
public enum PersonRole
{
    Unknown = 0,
    Victim = 1,
    Suspect = 2,
    Other = 3,
}

public static class PersonRoles
{
    /// <summary>Reads the optional <c>role</c> column: English or Dutch words, or the application's role names.</summary>
    public static PersonRole Parse(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return PersonRole.Unknown;
        }
        var s = raw.Trim().ToLowerInvariant().Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return s switch
        {
            "victim" or "possiblevictim" or "slachtoffer" or "mogelijkslachtoffer" or "v" => PersonRole.Victim,
            "suspect" or "perpetrator" or "possibleperpetrator" or "offender" or "dader" or "mogelijkedader" or "verdachte" or "d" => PersonRole.Suspect,
            "other" or "overig" or "anders" or "betrokkene" or "witness" or "getuige" => PersonRole.Other,
            _ => PersonRole.Unknown,
        };
    }

    /// <summary>A victim and a suspect are two persons, whatever else they share.</summary>
    public static bool Conflict(PersonRole a, PersonRole b) =>
        (a == PersonRole.Victim && b == PersonRole.Suspect) || (a == PersonRole.Suspect && b == PersonRole.Victim);

    /// <summary>The token written in the <c>role</c> column.</summary>
    public static string Token(PersonRole role) => role switch
    {
        PersonRole.Victim => "victim",
        PersonRole.Suspect => "suspect",
        PersonRole.Other => "other",
        _ => "",
    };
}
