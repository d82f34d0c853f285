namespace Schakel.Web.Features.Linking.Contracts;

/// <summary>Which entries the network legend shows: the ads cluster has no persons, the linking network no flagged ads.</summary>
public sealed record NetworkLegend(bool People, bool Flagged, string IdentifierText);
