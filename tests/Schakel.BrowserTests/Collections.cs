namespace Schakel.BrowserTests;

/// <summary>Browser tests run one class at a time: two cores cannot drive several Chromiums and servers well at once.</summary>
[CollectionDefinition("browser", DisableParallelization = true)]
public sealed class BrowserCollection;
