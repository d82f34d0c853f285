using Schakel.Core.BasicLevel;
using Schakel.Core.Reference;

namespace Schakel.Web.Features.BasicLevel;

/// <summary>
/// Example entries for the trainings catalogue, as regions list them in their plans. They are marked as examples: the
/// ketenregisseur checks names, providers and links against the current offer.
/// </summary>
public static class DefaultTrainings
{
    public sealed record Item(string Name, string? FormCode, string TargetGroup, TrainingScale Scale, string Provider, string? Link);

    public static readonly IReadOnlyList<Item> All =
    [
        new("E-learning signaleren van mensenhandel", null, "Professionals in zorg, veiligheid en gemeente", TrainingScale.National, "CoMensha", "https://www.comensha.nl"),
        new("Herkennen van signalen mensenhandel", null, "Gemeentemedewerkers (KCC, publiekszaken, wijkteams)", TrainingScale.Regional, "Ketenregisseur mensenhandel", null),
        new("Training loverboyproblematiek en seksuele uitbuiting voor jongerenwerkers", ExploitationForms.Sexual, "Jongerenwerkers en onderwijs", TrainingScale.Regional, "Fier", "https://www.fier.nl"),
        new("Voorlichting arbeidsuitbuiting en slecht werkgeverschap", ExploitationForms.Labour, "Handhaving, vergunningen, werk en inkomen", TrainingScale.National, "Nederlandse Arbeidsinspectie", "https://www.nlarbeidsinspectie.nl"),
        new("Handreiking mensenhandel voor gemeenten", null, "Beleidsmedewerkers en aandachtsfunctionarissen", TrainingScale.National, "CCV (Centrum voor Criminaliteitspreventie en Veiligheid)", "https://hetccv.nl"),
        new("Criminele uitbuiting van jongeren herkennen", ExploitationForms.Criminal, "Scholen, jongerenwerk, sociaal wijkteam", TrainingScale.Regional, "Ketenregisseur met politie", null),
        new("Bewustwording mensenhandel voor boa's", null, "Boa's en toezichthouders", TrainingScale.Local, "Gemeente met politie (TMM)", null),
        new("Signalen in hotels en horeca", ExploitationForms.Sexual, "Ondernemers in hotels en horeca", TrainingScale.Regional, "RIEC met gemeente", null),
    ];
}
