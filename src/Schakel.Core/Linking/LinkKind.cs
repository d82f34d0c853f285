namespace Schakel.Core.Linking;

/// <summary>
/// What a candidate pair is about. Two subjects that share a phone, an address, a plate or a handle but not a name, or
/// that are a victim and a suspect, are not one person: they are <see cref="Related"/>, a thread in a network.
/// </summary>
public enum LinkKind
{
    /// <summary>The pair may be one and the same person; the score is the probability of that.</summary>
    SamePerson = 0,

    /// <summary>Two persons connected through a shared identifier (the reasons say which).</summary>
    Related = 1,
}
