namespace Schakel.Core.Signals;

public class SignalForm
{
    public int SignalId { get; set; }
    public required string FormCode { get; set; }
}

public class SignalIndicator
{
    public int SignalId { get; set; }
    public required string IndicatorCode { get; set; }
}
