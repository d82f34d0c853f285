using Schakel.Core.Linking;

namespace Schakel.Core.Labels;

/// <summary>Dutch words for the fields, agreement levels and reasons of the linking engine, as the chain director reads them.</summary>
public static class LinkingLabels
{
    public static string Field(ComparisonField field) => field switch
    {
        ComparisonField.Name => "Naam",
        ComparisonField.DateOfBirth => "Geboortedatum",
        ComparisonField.Address => "Adres",
        ComparisonField.Phone => "Telefoon",
        ComparisonField.Email => "E-mail",
        ComparisonField.Handle => "Online account",
        ComparisonField.Plate => "Kenteken",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>The label of a level token (<see cref="ComparisonFields.LevelToken"/>), or null for a token without one.</summary>
    public static string? Level(ComparisonField field, string token) => (field, token) switch
    {
        (_, "missing") => "ontbreekt aan één kant (telt niet mee)",
        (ComparisonField.Name, "exact") => "zelfde naam",
        (ComparisonField.Name, "close") => "op een tikfout/spellingvariant na gelijk",
        (ComparisonField.Name, "similar") => "lijkt op elkaar",
        (ComparisonField.Name, "extra") => "extra voor- of achternaam",
        (ComparisonField.Name, "initials") => "voorletters passen",
        (ComparisonField.Name, "single") => "één naam, komt voor in de andere",
        (ComparisonField.Name, "one_token") => "één naamdeel gelijk, ander verschilt",
        (ComparisonField.DateOfBirth, "exact") => "zelfde geboortedatum",
        (ComparisonField.DateOfBirth, "swapped") => "dag en maand omgewisseld",
        (ComparisonField.DateOfBirth, "one_edit") => "één cijfer anders",
        (ComparisonField.DateOfBirth, "year") => "alleen jaar bekend, zelfde jaar",
        (ComparisonField.DateOfBirth, "two_edits") => "twee cijfers anders",
        (ComparisonField.Address, "exact") => "zelfde adres",
        (ComparisonField.Address, "building") => "zelfde pand, andere toevoeging",
        (ComparisonField.Address, "near") => "zelfde huisnummer, tikfout in postcode/straat/plaats",
        (ComparisonField.Address, "partial") => "zelfde huisnummer en straat of postcode, ander deel verschilt",
        (ComparisonField.Address, "street") => "zelfde straat of postcode, ander huisnummer",
        (ComparisonField.Address, "locality") => "alleen zelfde plaats",
        (ComparisonField.Phone, "agree") => "zelfde nummer",
        (ComparisonField.Phone, "agree_fixed_line") => "zelfde vaste nummer (huishouden)",
        (ComparisonField.Email or ComparisonField.Handle or ComparisonField.Plate, "agree") => "gelijk",
        (_, "different") => "verschillend",
        _ => null,
    };

    public static string Level(ComparisonField field, int level)
    {
        var token = ComparisonFields.LevelToken(field, level);
        return Level(field, token) ?? token;
    }

    /// <summary>A level as a label on its own, starting with a capital.</summary>
    internal static string LevelLabel(ComparisonField field, int level)
    {
        var text = Level(field, level);
        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    public static string Dutch(PersonRole role) => role switch
    {
        PersonRole.Victim => "Mogelijk slachtoffer",
        PersonRole.Suspect => "Mogelijke dader",
        PersonRole.Other => "Anders betrokken",
        _ => "Rol onbekend",
    };

    public static string Dutch(LinkKind kind) => kind switch
    {
        LinkKind.SamePerson => "Dezelfde persoon",
        LinkKind.Related => "Verband tussen personen",
        _ => kind.ToString(),
    };

    public static string Dutch(BlockKind kind) => kind switch
    {
        BlockKind.Phone => "Telefoonnummer",
        BlockKind.Email => "E-mailadres",
        BlockKind.Handle => "Online account",
        BlockKind.Plate => "Kenteken",
        BlockKind.Address => "Adres",
        BlockKind.AddressName => "Adres en naam",
        BlockKind.NameYear => "Naam en geboortejaar",
        BlockKind.DateName => "Geboortedatum en naam",
        BlockKind.NameInitial => "Achternaam en voorletter",
        BlockKind.FullName => "Volledige naam",
        BlockKind.NameCity => "Naam en plaats",
        BlockKind.DatePostcode => "Geboortedatum en postcode",
        BlockKind.StreetNumber => "Straat en huisnummer",
        BlockKind.DateHouse => "Geboortedatum en huisnummer",
        _ => kind.ToString(),
    };

    private static readonly IReadOnlyList<(MatchReason Flag, string Label)> Reasons =
    [
        (MatchReason.Phone, "zelfde telefoonnummer"),
        (MatchReason.Email, "zelfde e-mailadres"),
        (MatchReason.Handle, "zelfde online account"),
        (MatchReason.NameExact, "zelfde naam"),
        (MatchReason.NameFuzzy, "naam vrijwel gelijk (tikfout, spellingvariant of extra naam)"),
        (MatchReason.NameInitials, "zelfde achternaam, voorletters passen bij de voornamen"),
        (MatchReason.NamePartial, "één kant noemt één naam, die de andere ook draagt"),
        (MatchReason.NameShared, "één naamdeel gelijk, een ander verschilt (familielid of gewijzigde voornaam)"),
        (MatchReason.DobExact, "zelfde geboortedatum"),
        (MatchReason.DobSwapped, "geboortedatum met dag en maand omgewisseld"),
        (MatchReason.DobClose, "geboortedatum wijkt één cijfer af of twee cijfers zijn verwisseld"),
        (MatchReason.DobYear, "zelfde geboortejaar (elders alleen het jaar bekend)"),
        (MatchReason.Address, "zelfde adres"),
        (MatchReason.AddressBuilding, "zelfde pand, andere toevoeging"),
        (MatchReason.AddressNear, "zelfde huisnummer; postcode, straat of plaats op een tikfout na gelijk"),
        (MatchReason.AddressStreet, "zelfde straat of postcode, ander of onbekend huisnummer"),
        (MatchReason.LicensePlate, "zelfde kenteken"),
    ];

    /// <summary>The reasons of a pair, in the engine's order, as one Dutch phrase list.</summary>
    public static string Dutch(MatchReason reasons)
    {
        if (reasons == MatchReason.None)
        {
            return "Geen reden";
        }
        var parts = Reasons.Where(r => (reasons & r.Flag) != 0).Select(r => r.Label).ToList();
        var text = string.Join(", ", parts);
        return text.Length == 0 ? reasons.ToString() : char.ToUpperInvariant(text[0]) + text[1..];
    }

    /// <summary>The phrase of one stored reason token (e.g. name_exact), in lower case to run on in a sentence; null when unknown.</summary>
    public static string? Reason(string token)
    {
        var flag = MatchReasons.All.FirstOrDefault(r => r.Token == token).Flag;
        return flag == MatchReason.None ? null : Reasons.First(r => r.Flag == flag).Label;
    }

    internal static IEnumerable<(string Code, string Label)> AllReasons() =>
        MatchReasons.All.Select(r => (r.Token, Reasons.First(x => x.Flag == r.Flag).Label));
}
