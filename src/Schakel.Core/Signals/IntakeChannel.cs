namespace Schakel.Core.Signals;

public enum IntakeChannel
{
    App = 1,
    PublicForm = 2,
    Api = 3,
    Phone = 4,
}
