namespace Schakel.Core.BasicLevel;

/// <summary>
/// The rules that make the regional overview trustworthy: "done" only counts with a date and evidence, an action point
/// without owner or term is a wish, and a session only counts when its target group is known.
/// Messages are Dutch because they are shown next to the field.
/// </summary>
public static class BasicLevelRules
{
    public const int MaxEvidence = 2000;
    public const int MaxText = 2000;

    public static Dictionary<string, string> CheckBlockStatus(BuildingBlockStatus? status, DateOnly? date, string? evidence, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (status is null || !Enum.IsDefined(status.Value))
        {
            errors["Status"] = "Kies de stand van deze bouwsteen.";
            return errors;
        }
        if (status == BuildingBlockStatus.Done)
        {
            if (date is null)
            {
                errors["Date"] = "Vul de datum in waarop deze bouwsteen gereed was.";
            }
            if (string.IsNullOrWhiteSpace(evidence))
            {
                errors["Evidence"] = "Geef het bewijs dat de bouwsteen gereed is: een korte toelichting of een link naar het document.";
            }
        }
        if (date is { } d && d > today)
        {
            errors["Date"] = "De datum ligt in de toekomst. Vul de datum in waarop het gebeurd is.";
        }
        if (evidence?.Length > MaxEvidence)
        {
            errors["Evidence"] = $"Het bewijs is te lang (maximaal {MaxEvidence} tekens).";
        }
        return errors;
    }

    public static Dictionary<string, string> CheckActionPoint(string? description, string? term, string? owner, ActionPointStatus? status)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(description))
        {
            errors["Description"] = "Beschrijf wat er moet gebeuren.";
        }
        else if (description.Length > MaxText)
        {
            errors["Description"] = $"De beschrijving is te lang (maximaal {MaxText} tekens).";
        }
        if (string.IsNullOrWhiteSpace(term))
        {
            errors["Term"] = "Vul de termijn in: een kwartaal (bijvoorbeeld 2027-Q1) of een datum (bijvoorbeeld 31-3-2027).";
        }
        else if (ActionTerm.Parse(term) is null)
        {
            errors["Term"] = "Deze termijn is niet te lezen. Schrijf een kwartaal als 2027-Q1 of een datum als 31-3-2027.";
        }
        if (string.IsNullOrWhiteSpace(owner))
        {
            errors["Owner"] = "Vul in wie eigenaar is van dit actiepunt.";
        }
        else if (owner.Length > 200)
        {
            errors["Owner"] = "De eigenaar is te lang (maximaal 200 tekens).";
        }
        if (status is null || !Enum.IsDefined(status.Value))
        {
            errors["Status"] = "Kies de status van het actiepunt.";
        }
        return errors;
    }

    public static Dictionary<string, string> CheckSession(DateOnly? date, string? targetGroup, int? reached, bool hasTraining, string? title, DateOnly today)
    {
        var errors = new Dictionary<string, string>();
        if (!hasTraining && string.IsNullOrWhiteSpace(title))
        {
            errors["TrainingId"] = "Kies de training uit de catalogus, of vul bij 'Andere training' de naam in.";
        }
        if (date is null)
        {
            errors["Date"] = "Vul de datum van de sessie in.";
        }
        else if (date > today)
        {
            errors["Date"] = "Leg alleen sessies vast die al gehouden zijn; de datum ligt in de toekomst.";
        }
        if (string.IsNullOrWhiteSpace(targetGroup))
        {
            errors["TargetGroup"] = "Kies de doelgroep van de sessie (bijvoorbeeld boa's, KCC of sociaal wijkteam).";
        }
        else if (!TargetGroups.IsKnown(targetGroup))
        {
            errors["TargetGroup"] = "Kies een doelgroep uit de lijst.";
        }
        if (reached is null)
        {
            errors["Reached"] = "Vul in hoeveel mensen zijn bereikt.";
        }
        else if (reached is < 1 or > 100_000)
        {
            errors["Reached"] = "Het aantal bereikte mensen moet tussen 1 en 100.000 liggen.";
        }
        return errors;
    }
}
