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

    /// <summary>
    /// The care track's outcome once every care file of the case is closed: a case with several possible victims
    /// reads as "in care" when any of them got care, else referred, else care refused, else lost from view.
    /// </summary>
    public static string CareTrackOutcome(IEnumerable<string?> careFileOutcomes)
    {
        var outcomes = careFileOutcomes.ToHashSet();
        return outcomes.Contains("ZELFSTANDIG") ? "IN_ZORG"
            : outcomes.Contains("OVERGEDRAGEN") || outcomes.Contains("TERUGKEER") ? "DOORVERWEZEN"
            : outcomes.Contains("ZORG_AFGEWEZEN") ? "ZORG_AFGEWEZEN"
            : "UIT_BEELD";
    }

    /// <summary>Why the care track cannot close by hand, or null: a care file of the case is still open.</summary>
    public static string? WhyCareTrackNotClosable(IEnumerable<CareFile> filesOfCase)
    {
        var open = filesOfCase.Count(f => !f.IsClosed);
        return open == 0 ? null
            : $"Het zorgspoor kan pas worden gesloten als elk zorgdossier van deze casus is gesloten. Nog open: {open} zorgdossier{(open == 1 ? "" : "s")}; de zorgcoördinator sluit het met een uitkomst.";
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
