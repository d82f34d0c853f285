namespace Schakel.Core.Signals;

public enum SubjectRole
{
    PossibleVictim = 1,
    PossiblePerpetrator = 2,
    Other = 3,
}
