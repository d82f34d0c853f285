using Schakel.Core.Care;
using Schakel.Core.Figures;
using Schakel.Core.Signals;

namespace Schakel.Web.Features.Care.Placements;

/// <summary>An answer of the shelter tree the care file already gives, with what it was read from.</summary>
public sealed record PrefilledAnswer(string Answer, string Source);

/// <summary>
/// Answers the shelter tree need not ask: whether the person is a minor follows from the date of birth at today's
/// Dutch date, and a Dutch or EU/EEA nationality answers the residence question. Only the well-known questions of the
/// tree ("minor", "residence") are filled, and only with an answer the tree offers; the coordinator can change them.
/// A nationality outside the EU says nothing about a residence permit, so that stays a question.
/// </summary>
public static class ShelterPrefill
{
    public const string MinorQuestion = "minor";
    public const string ResidenceQuestion = "residence";

    public static Dictionary<string, PrefilledAnswer> From(ShelterTree tree, Subject subject, DateOnly today)
    {
        var known = new Dictionary<string, PrefilledAnswer>();
        if (subject.DateOfBirth is { } born)
        {
            var minor = born.AddYears(18) > today;
            Offer(tree, known, MinorQuestion, minor ? "yes" : "no", $"geboortedatum {DutchTime.FormatDate(born)}");
        }
        var group = NationalityGroups.Of(subject.Nationality);
        if (group == NationalityGroups.Netherlands)
        {
            Offer(tree, known, ResidenceQuestion, "nl", $"nationaliteit {subject.Nationality}");
        }
        else if (group == NationalityGroups.EuEea)
        {
            Offer(tree, known, ResidenceQuestion, "eu", $"nationaliteit {subject.Nationality}");
        }
        return known;
    }

    private static void Offer(ShelterTree tree, Dictionary<string, PrefilledAnswer> known, string question, string answer, string source)
    {
        if (tree.Question(question)?.Answers.Any(a => a.Code == answer) == true)
        {
            known[question] = new PrefilledAnswer(answer, source);
        }
    }
}
