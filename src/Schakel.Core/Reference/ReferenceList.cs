namespace Schakel.Core.Reference;

/// <summary>The maintainable code lists. Codes are stored on records; labels may change without touching history.</summary>
public enum ReferenceList
{
    ExploitationForm = 1,
    MelderType = 2,
    Sector = 3,
}
