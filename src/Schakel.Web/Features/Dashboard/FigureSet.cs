using Schakel.Core.Figures;

namespace Schakel.Web.Features.Dashboard;

/// <summary>All dashboard tables for one filter, exact. Keys are stable: the API's "by" and the export sheet names use them.</summary>
public sealed record FigureSet(FigureFilter Filter, IReadOnlyList<FigureTable> Tables)
{
    public const string Form = "vorm";
    public const string Sector = "sector";
    public const string MelderType = "meldertype";
    public const string AgeGroup = "leeftijd";
    public const string Gender = "geslacht";
    public const string Nationality = "nationaliteit";
    public const string NationalityGroup = "nationaliteitsgroep";
    public const string VictimsPerYear = "slachtoffers-per-jaar";
    public const string Municipality = "gemeente";
    public const string Quarter = "kwartaal";
    public const string Funnel = "trechter";
    public const string Tracks = "trajecten";
    public const string Outcomes = "uitkomsten";
    public const string Flows = "stromen";

    public FigureTable this[string key] => Tables.Single(t => t.Key == key);
}
