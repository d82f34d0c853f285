namespace Schakel.Core.BasicLevel;

public static class BasicLevelLabels
{
    public static string Dutch(BuildingBlockStatus status) => status switch
    {
        BuildingBlockStatus.NotStarted => "Niet gestart",
        BuildingBlockStatus.InProgress => "Mee bezig",
        BuildingBlockStatus.Done => "Gereed",
        _ => status.ToString(),
    };

    public static string Dutch(ActionPointStatus status) => status switch
    {
        ActionPointStatus.Open => "Open",
        ActionPointStatus.InProgress => "In uitvoering",
        ActionPointStatus.Done => "Afgerond",
        _ => status.ToString(),
    };

    public static string Dutch(TrainingScale scale) => scale switch
    {
        TrainingScale.Local => "Lokaal",
        TrainingScale.Regional => "Regionaal",
        TrainingScale.National => "Landelijk",
        _ => scale.ToString(),
    };

    public static string Dutch(ContactRole role) => role switch
    {
        ContactRole.AttentionOfficerPolicy => "Aandachtsfunctionaris (beleid)",
        ContactRole.AttentionOfficerOperational => "Aandachtsfunctionaris (uitvoering)",
        ContactRole.General => "Algemeen contact",
        ContactRole.Partner => "Partner",
        _ => role.ToString(),
    };
}
