using Schakel.Core.Table;

namespace Schakel.Web.Features.Care;

public static class CareTracks
{
    /// <summary>A care file may be opened for a possible victim only while the case has a care track.</summary>
    public static bool HasCareTrack(TableCase tableCase) =>
        tableCase.Tracks.Any(t => t.Kind is TrackKind.Care or TrackKind.CareAndCriminal);
}
