namespace Schakel.Core.Table;

/// <summary>Dutch labels and the outcomes allowed per track kind.</summary>
public static class TableLabels
{
    public static string Dutch(AgendaSection s) => s switch
    {
        AgendaSection.NewSignal => "Nieuwe signalen",
        AgendaSection.OngoingSignal => "Lopende signalen",
        AgendaSection.CaseInMonitoring => "Casussen in monitoring",
        _ => s.ToString(),
    };

    public static string Dutch(TableOutcome o) => o switch
    {
        TableOutcome.Tracks => "Redelijk vermoeden: casus met sporen",
        TableOutcome.KeepMonitoring => "Blijven monitoren",
        TableOutcome.UndesirableSituation => "Onwenselijke situatie: zorgpartners adviseren",
        TableOutcome.NoFurtherAction => "Geen verdere actie",
        TableOutcome.LocalFollowUp => "Terug naar de gemeente voor lokale opvolging",
        _ => o.ToString(),
    };

    public static string Dutch(TrackKind k) => k switch
    {
        TrackKind.Care => "Zorg (zorgcoördinator)",
        TrackKind.CareAndCriminal => "Zorg + strafrecht (procesregie ZVH)",
        TrackKind.Administrative => "Bestuurlijk (burgemeestersbevoegdheden)",
        TrackKind.Undermining => "Ondermijning (RIEC informatieplein)",
        _ => k.ToString(),
    };

    public static string Dutch(TrackStatus s) => s == TrackStatus.Open ? "Open" : "Gesloten";

    public static string Dutch(Acquaintance a) => a switch
    {
        Acquaintance.Known => "Bekend",
        Acquaintance.NotKnown => "Niet bekend",
        Acquaintance.KnownNotShareable => "Bekend, niet deelbaar",
        _ => a.ToString(),
    };

    public static string Dutch(ActionStatus s) => s switch
    {
        ActionStatus.Open => "Open",
        ActionStatus.Done => "Gereed",
        ActionStatus.Cancelled => "Vervallen",
        _ => s.ToString(),
    };
}

public static class TrackOutcomes
{
    public static readonly IReadOnlyDictionary<TrackKind, IReadOnlyList<(string Code, string Label)>> ByKind = new Dictionary<TrackKind, IReadOnlyList<(string, string)>>
    {
        [TrackKind.Care] = [("IN_ZORG", "In zorg"), ("ZORG_AFGEWEZEN", "Zorg afgewezen"), ("DOORVERWEZEN", "Doorverwezen"), ("UIT_BEELD", "Uit beeld geraakt")],
        [TrackKind.CareAndCriminal] = [("AANGIFTE", "Aangifte gedaan"), ("ONDERZOEK", "Opsporingsonderzoek"), ("GEEN_VERVOLGING", "Geen vervolging")],
        [TrackKind.Administrative] = [("MAATREGEL", "Bestuurlijke maatregel genomen"), ("GEEN_MAATREGEL", "Geen maatregel mogelijk")],
        [TrackKind.Undermining] = [("RIEC_DOSSIER", "RIEC-dossier geopend"), ("RIEC_GEEN", "Geen RIEC-dossier")],
    };

    public static bool IsValid(TrackKind kind, string? code) => code is not null && ByKind[kind].Any(o => o.Code == code);

    public static string Label(TrackKind kind, string? code) => ByKind[kind].FirstOrDefault(o => o.Code == code).Label ?? "";

    /// <summary>Only police see the outcome of the criminal part; the rest of the table sees whether it is open.</summary>
    public static bool IsPoliceOnly(TrackKind kind) => kind == TrackKind.CareAndCriminal;
}
