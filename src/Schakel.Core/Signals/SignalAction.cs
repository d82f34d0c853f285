namespace Schakel.Core.Signals;

public enum SignalAction
{
    TakeUp = 1,
    HandleLocally = 2,
    RegisterForTable = 3,
    Forward = 4,
    Answer = 5,
    MarkAcute = 6,
}
