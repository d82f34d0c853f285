namespace Schakel.Core.Linking;

// Agreement levels per field, strongest first: when a subject carries several values of a field, the pair takes the
// strongest level any two values reach. Level 0 is always "missing on one side", which weighs nothing.

/// <summary>Name levels, compared as an order-free set of name tokens.</summary>
public enum NameLevel
{
    Missing,

    /// <summary>The same tokens, or the same letters with a space moved ("Jac ob"/"Jacob").</summary>
    Exact,

    /// <summary>Every token agrees up to a typo or a spelling variant (Jaro-Winkler 0.92 or more, ij/y, ph/f…).</summary>
    Close,

    /// <summary>Every token agrees loosely (Jaro-Winkler 0.80 or more, a short typo, Mohamed/Muhammad).</summary>
    Similar,

    /// <summary>All tokens of the shorter name agree; the other has a middle name or a second surname.</summary>
    Extra,

    /// <summary>The surname agrees and the initials fit the first names ("J. de Vries"/"Jan de Vries").</summary>
    Initials,

    /// <summary>One side is a single name ("Mohamed") that the other contains.</summary>
    Single,

    /// <summary>One token agrees, another differs: a relative, or a first name that was changed.</summary>
    OneToken,

    Different,
}

public enum DateLevel
{
    Missing,
    Exact,

    /// <summary>Day and month swapped.</summary>
    Swapped,

    /// <summary>One typed digit different, or two neighbouring digits transposed.</summary>
    OneEdit,

    /// <summary>Same year; one side knows only the year.</summary>
    Year,

    /// <summary>Two digits different.</summary>
    TwoEdits,

    Different,
}

public enum AddressLevel
{
    Missing,

    /// <summary>Same house: postcode + number (+ addition), or street + number + place, nothing contradicting.</summary>
    Exact,

    /// <summary>Same postcode and number, another addition: another flat in the same building.</summary>
    Building,

    /// <summary>Same number; postcode, street or place agree up to a typo.</summary>
    Near,

    /// <summary>Same number and street or postcode, but another part of the address differs.</summary>
    Partial,

    /// <summary>Same street or postcode, another or unknown house number.</summary>
    Street,

    /// <summary>Only the place (or the postcode area) agrees.</summary>
    Locality,

    Different,
}

/// <summary>Levels of a phone number: a Dutch fixed line is a household's number, so it is its own level.</summary>
public enum PhoneLevel { Missing, Agree, AgreeFixedLine, Different }

/// <summary>Levels of an exact identifier (e-mail, handle, licence plate).</summary>
public enum ExactLevel { Missing, Agree, Different }
