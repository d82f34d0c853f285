using Schakel.Core.Audit;

namespace Schakel.Core.Labels;

/// <summary>How the privacy officer reads the audit log: what was done, to which kind of record.</summary>
public static class AuditLabels
{
    public static string Dutch(AuditAction action) => action switch
    {
        AuditAction.Read => "Ingezien",
        AuditAction.Create => "Aangemaakt",
        AuditAction.Update => "Gewijzigd",
        AuditAction.Delete => "Verwijderd",
        AuditAction.Export => "Geëxporteerd",
        AuditAction.Denied => "Geweigerd",
        AuditAction.BreakGlass => "Noodtoegang",
        AuditAction.Erase => "Gewist",
        _ => action.ToString(),
    };

    public static string Dutch(AuditRecordType type) => type switch
    {
        AuditRecordType.Signal => "Signaal",
        AuditRecordType.Subject => "Betrokkene",
        AuditRecordType.Case => "Casus",
        AuditRecordType.CaseTrack => "Spoor van een casus",
        AuditRecordType.CareFile => "Zorgtraject",
        AuditRecordType.TableMeeting => "Tafelvergadering",
        AuditRecordType.TableAgenda => "Agenda van de tafel",
        AuditRecordType.AgendaItem => "Agendapunt",
        AuditRecordType.PreRound => "Voorronde",
        AuditRecordType.TableMinutes => "Verslag van de tafel",
        AuditRecordType.TableAction => "Actie van de tafel",
        AuditRecordType.RegionalTable => "Regionale tafel",
        AuditRecordType.LinkCluster => "Groep gekoppelde personen",
        AuditRecordType.LinkCandidates => "Mogelijke koppelingen",
        AuditRecordType.LinkModel => "Koppelmodel",
        AuditRecordType.SubjectLink => "Koppeling tussen personen",
        AuditRecordType.BreakGlassUse => "Gebruik van noodtoegang",
        AuditRecordType.Account => "Gebruikersaccount",
        AuditRecordType.RoleRequest => "Rolaanvraag",
        AuditRecordType.ApiKey => "API-sleutel",
        AuditRecordType.Organisation => "Organisatie",
        AuditRecordType.Indicator => "Signaalindicator",
        AuditRecordType.AuditLog => "Logboek",
        AuditRecordType.PersonSearch => "Zoeken naar personen",
        AuditRecordType.DemoData => "Demogegevens",
        AuditRecordType.ActionPoint => "Actiepunt basisniveau",
        AuditRecordType.MunicipalBuildingBlock => "Bouwsteen van een gemeente",
        AuditRecordType.ContactPerson => "Contactpersoon",
        AuditRecordType.ContactRegister => "Contactenlijst",
        AuditRecordType.BasicLevelOverview => "Overzicht basisniveau",
        AuditRecordType.TrainingSession => "Training",
        AuditRecordType.Ad => "Advertentie",
        AuditRecordType.AdCluster => "Groep advertenties",
        AuditRecordType.AdImport => "Import van advertenties",
        AuditRecordType.AdProfile => "Risicoprofiel advertenties",
        AuditRecordType.CoMensha => "Melding aan CoMensha",
        AuditRecordType.Dashboard => "Cijferoverzicht",
        AuditRecordType.Figures => "Cijfers",
        AuditRecordType.FigureCounts => "Tellingen voor de cijfers",
        AuditRecordType.AcuteConsultation => "Spoed-MDO",
        AuditRecordType.OutgoingMail => "Uitgaande e-mail",
        AuditRecordType.SignalImport => "Import van meldingen",
        _ => type.ToString(),
    };

    /// <summary>The label of a record type as stored in the log (today's name or an older alias such as TableCase).</summary>
    public static string RecordType(string stored) =>
        Enum.TryParse<AuditRecordType>(AuditRecordTypes.Current(stored), ignoreCase: false, out var type) && Enum.IsDefined(type)
            ? Dutch(type) : stored;

    /// <summary>The label of an action as stored in the log (its member name).</summary>
    public static string Action(string stored) =>
        Enum.TryParse<AuditAction>(stored, ignoreCase: false, out var action) && Enum.IsDefined(action) ? Dutch(action) : stored;
}
