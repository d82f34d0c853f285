using Schakel.Core.Care;
using Schakel.Core.Signals;
using Schakel.Core.Table;

namespace Schakel.Web.Infrastructure.Security;

// The records the handlers judge, each with what its rule needs besides the user. The caller has these loaded already;
// the handlers never query to find them.

/// <summary>A signal with the user's seats, which decide whether a table partner may read it.</summary>
public sealed record SignalInScope(Signal Signal, AccessScope Scope);

/// <summary>A case with its table and the municipalities of its signals (a case crosses municipal borders).</summary>
public sealed record CaseAtTable(RegionalTable Table, TableCase Case, IReadOnlyCollection<int?> SignalMunicipalities);

/// <summary>A care file, or the place where one would be opened (<see cref="File"/> null), within its case and table.</summary>
public sealed record CareFileAtTable(RegionalTable Table, TableCase Case, CareFile? File);

/// <summary>The tables of one region (null: no region chosen yet), judged with the user's own region.</summary>
public sealed record TablesOfRegion(int? RegionId, AccessScope Scope)
{
    public const string OtherRegionMessage = "U kunt alleen tafels in uw eigen regio beheren.";
}

/// <summary>The basic level (checklist, sessions, contacts) of one municipality.</summary>
public sealed record MunicipalityBasicLevel(int MunicipalityId);

/// <summary>An action point of a municipality, or a regional one (no municipality).</summary>
public sealed record ActionPointOwner(int? MunicipalityId);
