namespace Schakel.Core.Table;

/// <summary>Rules of the table that need no database, so they can be tested on their own.</summary>
public static class CaseRules
{
    /// <summary>Why a case cannot close yet, or null when it can: every track needs an outcome.</summary>
    public static string? WhyNotClosable(IEnumerable<CaseTrack> tracks)
    {
        var list = tracks.ToList();
        if (list.Count == 0)
        {
            return "Een casus zonder sporen kan niet worden afgesloten; leg eerst een spoor vast.";
        }
        var open = list.Where(t => t.Status != TrackStatus.Closed || t.OutcomeCode is null).ToList();
        return open.Count == 0 ? null
            : $"De casus kan pas worden afgesloten als elk spoor een uitkomst heeft. Nog open: {string.Join(", ", open.Select(t => TableLabels.Dutch(t.Kind)))}.";
    }

}
