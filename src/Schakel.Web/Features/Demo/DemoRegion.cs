using Schakel.Core.Accounts;
using Schakel.Core.Organisations;

namespace Schakel.Web.Features.Demo;

/// <summary>The demo region: IJsselland with its 11 municipalities (populations as in the region's 2022 cost key) and partners.</summary>
public static class DemoRegion
{
    public const string Name = "IJsselland";

    public static readonly IReadOnlyList<(string Name, int Population)> Municipalities =
    [
        ("Dalfsen", 28_901), ("Deventer", 101_236), ("Hardenberg", 61_357), ("Kampen", 54_474),
        ("Olst-Wijhe", 18_361), ("Ommen", 18_295), ("Raalte", 37_911), ("Staphorst", 17_261),
        ("Steenwijkerland", 44_341), ("Zwartewaterland", 22_823), ("Zwolle", 129_840),
    ];

    public static readonly IReadOnlyList<(string Name, OrganisationKind Kind)> Partners =
    [
        ("Zorg- en Veiligheidshuis IJsselland", OrganisationKind.SafetyHouse),
        ("Veilig Thuis IJsselland", OrganisationKind.VeiligThuis),
        ("Fier", OrganisationKind.CareOrganisation),
        ("Politie Oost-Nederland, team Migratiecriminaliteit en Mensenhandel", OrganisationKind.Police),
        ("Nederlandse Arbeidsinspectie", OrganisationKind.LabourInspectorate),
        ("RIEC Oost-Nederland", OrganisationKind.Riec),
        ("Openbaar Ministerie Oost-Nederland", OrganisationKind.PublicProsecution),
        ("Regio IJsselland", OrganisationKind.Region),
    ];

    public sealed record DemoAccount(string Email, string DisplayName, string Role, string Organisation);

    /// <summary>One account per role; two attention officers so need-to-know between municipalities can be seen.</summary>
    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("melder@demo.schakel.nl", "Mila Jansen (wijkteam)", Roles.Reporter, "Zwolle"),
        new("af.zwolle@demo.schakel.nl", "Sanne de Vries", Roles.AttentionOfficer, "Zwolle"),
        new("af.deventer@demo.schakel.nl", "Youssef El Amrani", Roles.AttentionOfficer, "Deventer"),
        new("ketenregisseur@demo.schakel.nl", "Marieke Bosman", Roles.ChainDirector, "Zorg- en Veiligheidshuis IJsselland"),
        new("procesregisseur@demo.schakel.nl", "Erik Hendriks", Roles.ProcessDirector, "Zorg- en Veiligheidshuis IJsselland"),
        new("zorgcoordinator@demo.schakel.nl", "Anouk Mulder", Roles.CareCoordinator, "Veilig Thuis IJsselland"),
        new("politie@demo.schakel.nl", "Rob van Dijk", Roles.Police, "Politie Oost-Nederland, team Migratiecriminaliteit en Mensenhandel"),
        new("riec@demo.schakel.nl", "Linda Smit", Roles.Riec, "RIEC Oost-Nederland"),
        new("oov@demo.schakel.nl", "Bart Kok", Roles.UnderminingAdvisor, "Zwolle"),
        new("bestuurder@demo.schakel.nl", "Henk Visser", Roles.PolicyMaker, "Regio IJsselland"),
        new("fg@demo.schakel.nl", "Fatma Yilmaz", Roles.PrivacyOfficer, "Zorg- en Veiligheidshuis IJsselland"),
        new("beheerder@demo.schakel.nl", "Joost Meijer", Roles.Administrator, "Regio IJsselland"),
    ];
}
