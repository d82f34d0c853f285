namespace Schakel.Web.Features.Shared;

/// <summary>Outside the case team a count from 1 to 4 is shown as "&lt;5" so nobody is identifiable from a cell.</summary>
public static class SmallNumbers
{
    public const int Threshold = 5;

    public static string Mask(int count) => count is > 0 and < Threshold ? "<5" : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
