namespace Schakel.Core.Care;

/// <summary>Rules of the care file that need no database, so they can be tested on their own.</summary>
public static class CareRules
{
    /// <summary>Why the care file cannot close, or null when it can: an outcome and no open needs.</summary>
    public static string? WhyNotClosable(CareFile file, string? outcomeCode)
    {
        if (file.IsClosed)
        {
            return "Dit zorgtraject is al gesloten.";
        }
        if (!CareOutcomes.IsValid(outcomeCode))
        {
            return "Kies de uitkomst van het zorgtraject; zonder uitkomst kan het niet worden gesloten.";
        }
        var open = file.Needs.Where(n => n.IsOpen).Select(n => CareLabels.Dutch(n.Domain)).ToList();
        return open.Count == 0 ? null
            : $"Het zorgtraject kan pas worden gesloten als geen zorgbehoefte meer open staat. Nog open: {string.Join(", ", open)}.";
    }

    /// <summary>A date range where the end lies before the start is refused.</summary>
    public static string? WhyRangeInvalid(DateOnly? start, DateOnly? end, string what) =>
        start is not null && end is not null && end < start ? $"De einddatum van {what} ligt voor de begindatum." : null;

    /// <summary>
    /// Residence-law steps follow each other: a later step may not be dated before an earlier one already recorded,
    /// nor an earlier step after a later one.
    /// </summary>
    public static string? WhyMilestoneOutOfOrder(IEnumerable<CareMilestone> existing, MilestoneKind kind, DateOnly on)
    {
        foreach (var m in existing)
        {
            if (m.Kind < kind && m.On > on)
            {
                return $"{CareLabels.Dutch(kind)} kan niet voor {CareLabels.Dutch(m.Kind).ToLowerInvariant()} ({m.On:d-M-yyyy}) liggen.";
            }
            if (m.Kind > kind && m.On < on)
            {
                return $"{CareLabels.Dutch(kind)} kan niet na {CareLabels.Dutch(m.Kind).ToLowerInvariant()} ({m.On:d-M-yyyy}) liggen.";
            }
        }
        return null;
    }

    /// <summary>Whether the file may appear in an export that needs CoMensha consent on the given day.</summary>
    public static bool HasValidCoMenshaConsent(IEnumerable<Consent> consents, DateOnly day) =>
        consents.Any(c => c.Scope == ConsentScope.CoMenshaReport && c.IsValidOn(day));
}
