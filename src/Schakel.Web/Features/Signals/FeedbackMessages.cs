namespace Schakel.Web.Features.Signals;

/// <summary>
/// What the melder, the colleague who entered a signal, and the municipality's attention officer hear of each step
/// (docs/feedback.md). Every text takes the signal's reference and nothing else: never the description, a person,
/// the reasons, the table's outcome or tracks, and nothing of a police investigation.
/// </summary>
public static class FeedbackMessages
{
    private const string Privacy = "Om de privacy van betrokkenen te beschermen kunnen we u niet meer vertellen.";

    // The colleague who entered the signal (a notification in Schakel).
    public static string ReceivedTitle(string reference) => $"Uw melding {reference} is ontvangen";

    public static string PickedUpTitle(string reference) => $"Uw melding {reference} is opgepakt";

    public static string AtTableTitle(string reference) => $"Uw melding {reference} is in behandeling bij de regionale tafel";

    public static string ClosedTitle(string reference) => $"Uw melding {reference} is afgerond";

    // The melder outside Schakel, by e-mail where they left an address: received, picked up, finished.
    public static (string Subject, string Body) ReceivedMail(string reference) =>
        ($"Uw melding {reference} is ontvangen",
         $"Dank voor uw melding. Wij hebben die ontvangen onder kenmerk {reference}. Noem dat kenmerk als u ons over deze melding benadert.");

    public static (string Subject, string Body) PickedUpMail(string reference) =>
        ($"Uw melding {reference} is opgepakt", $"Dank voor uw melding. Melding {reference} is opgepakt door de gemeente. {Privacy}");

    public static (string Subject, string Body) ClosedMail(string reference) =>
        ($"Uw melding {reference} is afgerond", $"Melding {reference} is afgerond. Dank voor uw melding. {Privacy}");

    // The attention officers of the municipality: what the table or the chain director did with their signal.
    public static string TableClosedTitle(string reference) => $"De regionale tafel heeft melding {reference} afgesloten";

    public static string CaseClosedTitle(string reference) => $"De casus bij melding {reference} is door de regionale tafel afgesloten";

    public static string HandedBackTitle(string reference) => $"Melding {reference} is door de regionale tafel teruggelegd bij uw gemeente";
}
