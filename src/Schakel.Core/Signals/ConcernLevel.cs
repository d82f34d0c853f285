namespace Schakel.Core.Signals;

public enum ConcernLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
}

public enum SuggestedRoute
{
    LocalHelp = 1,
    RegionalTable = 2,
    Acute = 3,
}
