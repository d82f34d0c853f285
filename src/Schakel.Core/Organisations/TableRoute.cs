namespace Schakel.Core.Organisations;

/// <summary>
/// How a region works the step after the attention officer: straight onto the table (IJsselland's weeg- en monitortafel)
/// or first past the chain director, who triages it for the table (the Fryslân route to the Drieluik).
/// </summary>
public enum TableRoute
{
    Direct = 1,
    ViaChainDirector = 2,
}

public static class TableRouteLabels
{
    public static string Dutch(TableRoute route) => route switch
    {
        TableRoute.Direct => "Rechtstreeks naar de regionale tafel",
        TableRoute.ViaChainDirector => "Via de ketenregisseur (triage) naar de regionale tafel",
        _ => route.ToString(),
    };
}
