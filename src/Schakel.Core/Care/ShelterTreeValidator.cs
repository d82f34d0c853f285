namespace Schakel.Core.Care;

/// <summary>
/// Checks a configured shelter decision tree before the application uses it, so a typing error in a region's tree
/// stops the start with a message naming the question and answer, instead of a care coordinator meeting it later.
/// </summary>
public static class ShelterTreeValidator
{
    public static IReadOnlyList<string> Problems(ShelterTree tree)
    {
        var problems = new List<string>();
        var questions = tree.Questions ?? [];
        var kinds = tree.Kinds ?? [];
        if (questions.Count == 0)
        {
            problems.Add("De beslisboom heeft geen vragen.");
            return problems;
        }
        foreach (var duplicate in questions.Where(q => !string.IsNullOrWhiteSpace(q.Id)).GroupBy(q => q.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"Vraag '{duplicate.Key}' komt {duplicate.Count()} keer voor.");
        }
        foreach (var duplicate in kinds.Where(k => !string.IsNullOrWhiteSpace(k.Code)).GroupBy(k => k.Code).Where(g => g.Count() > 1))
        {
            problems.Add($"Soort opvang '{duplicate.Key}' komt {duplicate.Count()} keer voor.");
        }
        foreach (var kind in kinds)
        {
            if (string.IsNullOrWhiteSpace(kind.Code) || string.IsNullOrWhiteSpace(kind.Label))
            {
                problems.Add($"Soort opvang '{kind.Code}' heeft een code en een omschrijving nodig.");
            }
        }
        var ids = questions.Select(q => q.Id).ToHashSet();
        if (string.IsNullOrWhiteSpace(tree.Start) || !ids.Contains(tree.Start))
        {
            problems.Add($"De startvraag '{tree.Start}' bestaat niet.");
        }
        var kindCodes = kinds.Select(k => k.Code).ToHashSet();
        for (var n = 0; n < questions.Count; n++)
        {
            var q = questions[n];
            var name = string.IsNullOrWhiteSpace(q.Id) ? $"Vraag {n + 1}" : $"Vraag '{q.Id}'";
            if (string.IsNullOrWhiteSpace(q.Id))
            {
                problems.Add($"{name} heeft geen id.");
            }
            if (string.IsNullOrWhiteSpace(q.Text))
            {
                problems.Add($"{name} heeft geen vraagtekst.");
            }
            var answers = q.Answers ?? [];
            if (answers.Count < 2)
            {
                problems.Add($"{name} heeft ten minste twee antwoorden nodig.");
            }
            foreach (var duplicate in answers.GroupBy(a => a.Code).Where(g => g.Count() > 1))
            {
                problems.Add($"{name}: antwoord '{duplicate.Key}' komt {duplicate.Count()} keer voor.");
            }
            foreach (var a in answers)
            {
                var answer = $"{name}, antwoord '{a.Code}'";
                if (string.IsNullOrWhiteSpace(a.Code) || string.IsNullOrWhiteSpace(a.Label))
                {
                    problems.Add($"{answer} heeft een code en een tekst nodig.");
                }
                if ((a.Next is null) == (a.Recommend is null))
                {
                    problems.Add($"{answer} moet naar precies één volgende vraag of één soort opvang leiden.");
                }
                else if (a.Next is not null && !ids.Contains(a.Next))
                {
                    problems.Add($"{answer} verwijst naar onbekende vraag '{a.Next}'.");
                }
                else if (a.Recommend is not null && !kindCodes.Contains(a.Recommend))
                {
                    problems.Add($"{answer} adviseert onbekende soort opvang '{a.Recommend}'.");
                }
            }
        }
        if (problems.Count == 0)
        {
            CheckPaths(tree, problems);
        }
        return problems;
    }

    /// <summary>Every question must be reachable from the start, and no walk may come back to a question it passed.</summary>
    private static void CheckPaths(ShelterTree tree, List<string> problems)
    {
        var reached = new HashSet<string>();
        var onPath = new HashSet<string>();
        var loops = new HashSet<string>();
        void Visit(string id)
        {
            if (onPath.Contains(id))
            {
                loops.Add(id);
                return;
            }
            if (!reached.Add(id))
            {
                return;
            }
            onPath.Add(id);
            foreach (var next in tree.Question(id)!.Answers.Where(a => a.Next is not null).Select(a => a.Next!))
            {
                Visit(next);
            }
            onPath.Remove(id);
        }
        Visit(tree.Start);
        foreach (var id in loops)
        {
            problems.Add($"De beslisboom loopt rond: vraag '{id}' komt terug op een pad dat er al langs ging.");
        }
        foreach (var q in tree.Questions.Where(q => !reached.Contains(q.Id)))
        {
            problems.Add($"Vraag '{q.Id}' is vanaf de startvraag niet te bereiken.");
        }
    }
}
