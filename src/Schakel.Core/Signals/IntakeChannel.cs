namespace Schakel.Core.Signals;

public enum IntakeChannel
{
    App = 1,
    PublicForm = 2,
    Api = 3,
    Phone = 4,
    /// <summary>Taken over from the region's history by the import (see SignalImport.cs).</summary>
    Import = 5,
}
