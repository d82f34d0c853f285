namespace Schakel.Web.Features.Shared;

/// <summary>A label and value of a record's summary list; an empty value shows as "Niet ingevuld", so no row looks broken.</summary>
public sealed record SummaryRow(string Label, string? Value, string? Href = null, Badge? Badge = null);
