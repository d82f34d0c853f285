namespace Schakel.Core.Signals;

public static class SignalLabels
{
    public static string Dutch(SignalStatus status) => status switch
    {
        SignalStatus.New => "Nieuw",
        SignalStatus.InProgress => "In behandeling",
        SignalStatus.HandledLocally => "Lokaal afgehandeld",
        SignalStatus.RegisteredForTable => "Aangemeld voor de regionale tafel",
        SignalStatus.Answered => "Beantwoord",
        SignalStatus.ClosedByTable => "Afgesloten door de regionale tafel",
        SignalStatus.AwaitingTriage => "Bij de ketenregisseur",
        SignalStatus.ClosedInTriage => "Afgesloten door de ketenregisseur",
        _ => status.ToString(),
    };

    public static string Dutch(SignalKind kind) => kind switch
    {
        SignalKind.Report => "Melding",
        SignalKind.AdviceQuestion => "Adviesvraag",
        _ => kind.ToString(),
    };

    public static string Dutch(IntakeChannel channel) => channel switch
    {
        IntakeChannel.App => "Schakel",
        IntakeChannel.PublicForm => "Openbaar meldformulier",
        IntakeChannel.Api => "Koppeling (API)",
        IntakeChannel.Phone => "Telefonisch",
        IntakeChannel.Import => "Import uit de historie",
        _ => channel.ToString(),
    };

    public static string Dutch(SignalAction action) => action switch
    {
        SignalAction.TakeUp => "In behandeling nemen",
        SignalAction.HandleLocally => "Lokaal afhandelen",
        SignalAction.RegisterForTable => "Aanmelden voor de regionale tafel",
        SignalAction.Forward => "Doorsturen naar andere gemeente",
        SignalAction.Answer => "Adviesvraag beantwoorden",
        SignalAction.MarkAcute => "Acuut markeren",
        SignalAction.TableUpgrade => "Regionale tafel: opschalen naar casus",
        SignalAction.TableKeepMonitoring => "Regionale tafel: blijven monitoren",
        SignalAction.TableClose => "Regionale tafel: afsluiten met besluit",
        SignalAction.TriagePutOnTable => "Op de regionale tafel zetten",
        SignalAction.TriageSendBack => "Terugsturen naar de gemeente met een vraag",
        SignalAction.TriageClose => "Afsluiten met een reden",
        SignalAction.TableReturnToMunicipality => "Regionale tafel: terug naar de gemeente voor lokale opvolging",
        _ => action.ToString(),
    };

    public static string Dutch(SubjectRole role) => role switch
    {
        SubjectRole.PossibleVictim => "Mogelijk slachtoffer",
        SubjectRole.PossiblePerpetrator => "Mogelijke dader",
        SubjectRole.Other => "Anders betrokken",
        _ => role.ToString(),
    };

    public static string Dutch(AcuteActor actor) => actor switch
    {
        AcuteActor.PoliceOrProsecution => "Politie / OM",
        AcuteActor.Mayor => "Burgemeester",
        AcuteActor.CareCoordinator => "Zorgcoördinator",
        _ => actor.ToString(),
    };

    public static string Dutch(ConcernLevel level) => level switch
    {
        ConcernLevel.Low => "Laag",
        ConcernLevel.Medium => "Midden",
        ConcernLevel.High => "Hoog",
        _ => level.ToString(),
    };

    public static string Dutch(SuggestedRoute route) => route switch
    {
        SuggestedRoute.LocalHelp => "Lokale hulp via de reguliere zorg",
        SuggestedRoute.RegionalTable => "Bespreken aan de regionale tafel",
        SuggestedRoute.Acute => "Acute route: direct handelen",
        _ => route.ToString(),
    };
}
