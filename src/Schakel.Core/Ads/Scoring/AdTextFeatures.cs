namespace Schakel.Core.Ads;

/// <summary>What the text of one ad yields, computed once and in parallel before any grouping.</summary>
internal readonly record struct AdTextFeatures(ulong PhraseSlots, bool ObscuredContact, IReadOnlyList<string> Names, ushort[]? Signature);
