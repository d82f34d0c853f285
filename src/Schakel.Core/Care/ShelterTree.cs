namespace Schakel.Core.Care;

/// <summary>One possible answer: it leads either to the next question or to a recommended kind of shelter.</summary>
public sealed record ShelterAnswer(string Code, string Label, string? Next = null, string? Recommend = null);

public sealed record ShelterQuestion(string Id, string Text, IReadOnlyList<ShelterAnswer> Answers);

public sealed record ShelterKind(string Code, string Label);

/// <summary>
/// The shelter decision tree as data: questions with answers leading on, ending in a recommended kind. Regions may
/// configure their own tree; <see cref="Default"/> follows the usual Dutch routes.
/// </summary>
public sealed record ShelterTree(string Start, IReadOnlyList<ShelterQuestion> Questions, IReadOnlyList<ShelterKind> Kinds)
{
    public ShelterQuestion? Question(string id) => Questions.FirstOrDefault(q => q.Id == id);

    public string KindLabel(string? code) => Kinds.FirstOrDefault(k => k.Code == code)?.Label ?? code ?? "";

    public const string Cosm = "COSM";
    public const string Youth = "JEUGD";
    public const string WomensShelter = "VROUWENOPVANG";
    public const string Crisis = "CRISIS";
    public const string Ambulant = "AMBULANT";
    public const string MentalHealth = "MO_GGZ";

    public static ShelterTree Default { get; } = new(
        "minor",
        [
            new("minor", "Is de persoon minderjarig?",
                [new("yes", "Ja", Recommend: Youth), new("no", "Nee", Next: "danger")]),
            new("danger", "Is er acuut gevaar?",
                [new("yes", "Ja", Recommend: Crisis), new("no", "Nee", Next: "needs")]),
            new("needs", "Zijn er specialistische zorgbehoeften?",
                [new("psych", "Ja, psychiatrisch of verslaving", Recommend: MentalHealth), new("none", "Nee", Next: "residence")]),
            new("residence", "Wat is de verblijfsstatus?",
                [new("nl", "Nederlands", Next: "exploitation"), new("eu", "EU-burger", Next: "exploitation"), new("noneu", "Buiten de EU, zonder verblijfsvergunning", Recommend: Cosm)]),
            new("exploitation", "Welke vorm van uitbuiting?",
                [new("sexual", "Seksuele uitbuiting", Recommend: WomensShelter), new("labour", "Arbeidsuitbuiting", Next: "housing"), new("criminal", "Criminele uitbuiting", Next: "housing"), new("other", "Anders of onbekend", Next: "housing")]),
            new("housing", "Heeft de persoon eigen, veilige woonruimte?",
                [new("yes", "Ja", Recommend: Ambulant), new("no", "Nee", Recommend: Cosm)]),
        ],
        [
            new(Cosm, "Categorale opvang slachtoffers mensenhandel (COSM)"),
            new(Youth, "Jeugdzorg / gesloten jeugdhulp (minderjarig)"),
            new(WomensShelter, "Vrouwenopvang / blijf-van-mijn-lijfhuis"),
            new(Crisis, "Crisisopvang (acuut)"),
            new(Ambulant, "Ambulante begeleiding in eigen woonruimte"),
            new(MentalHealth, "Maatschappelijke opvang met specialistische GGZ"),
        ]);
}

/// <summary>Where the walk ended: a recommendation, or the first question still to be answered.</summary>
public sealed record ShelterAdvice(string? Recommended, string? MissingQuestion, IReadOnlyList<(string Question, string Answer)> Path)
{
    public bool IsComplete => Recommended is not null;
}

public static class ShelterAdvisor
{
    /// <summary>Walks the tree from the start with the given answers; answers to questions off the path are ignored.</summary>
    public static ShelterAdvice Evaluate(ShelterTree tree, IReadOnlyDictionary<string, string?> answers)
    {
        var path = new List<(string, string)>();
        var current = tree.Start;
        var seen = new HashSet<string>();
        while (seen.Add(current))
        {
            var question = tree.Question(current) ?? throw new InvalidOperationException($"Beslisboom verwijst naar onbekende vraag '{current}'.");
            var answer = answers.TryGetValue(current, out var code) ? question.Answers.FirstOrDefault(a => a.Code == code) : null;
            if (answer is null)
            {
                return new ShelterAdvice(null, current, path);
            }
            path.Add((question.Id, answer.Code));
            if (answer.Recommend is not null)
            {
                return new ShelterAdvice(answer.Recommend, null, path);
            }
            current = answer.Next ?? throw new InvalidOperationException($"Antwoord '{answer.Code}' op '{question.Id}' leidt nergens heen.");
        }
        throw new InvalidOperationException("De beslisboom bevat een kring.");
    }
}
