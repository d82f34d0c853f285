namespace Schakel.Core.Linking;

/// <summary>Agreement levels per field, each with its own m/u probability in <see cref="MatchWeights"/>.</summary>
public enum NameLevel { Missing, Exact, Fuzzy, Similar, Initials, Partial, Conflict, Different }

public enum DateLevel { Missing, Exact, Swapped, Close, Year, Different }

public enum AddressLevel { Missing, Exact, Building, Different }

public enum ExactLevel { Missing, Agree, Disagree }
