namespace Schakel.Core.Undermining;

/// <summary>The RIEC's outcomes of an escalation: a short fixed list, so figures can count them.</summary>
public static class RiecOutcomes
{
    public const string CaseOpened = "RiecCaseOpened";
    public const string NoRiecCase = "NoRiecCase";
    public const string AdministrativeApproach = "AdministrativeApproach";
    public const string InformationShared = "InformationShared";

    public static readonly IReadOnlyList<string> All = [CaseOpened, NoRiecCase, AdministrativeApproach, InformationShared];

    public static bool IsValid(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}

public static class UnderminingLabels
{
    public static string Dutch(UnderminingStatus status) => status switch
    {
        UnderminingStatus.WithAdvisor => "Voorgelegd aan OOV-adviseur",
        UnderminingStatus.DiscussedAtCaseTable => "Besproken aan de casustafel ondermijning",
        UnderminingStatus.EscalatedToRiec => "Geëscaleerd naar het RIEC",
        UnderminingStatus.TakenUpByRiec => "In behandeling bij het RIEC",
        UnderminingStatus.Closed => "Afgesloten",
        _ => status.ToString(),
    };

    public static string RiecOutcome(string code) => code switch
    {
        RiecOutcomes.CaseOpened => "RIEC-dossier aangelegd",
        RiecOutcomes.NoRiecCase => "Geen RIEC-casus",
        RiecOutcomes.AdministrativeApproach => "Terug naar de gemeente voor bestuurlijke aanpak",
        RiecOutcomes.InformationShared => "Informatie gedeeld binnen het RIEC-convenant",
        _ => code,
    };
}
