namespace Schakel.Core.Signals;

/// <summary>Who took the monodisciplinary intervention of the acute route.</summary>
public enum AcuteActor
{
    PoliceOrProsecution = 1,
    Mayor = 2,
    CareCoordinator = 3,
}
