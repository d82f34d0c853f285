using System.Runtime.CompilerServices;
using Schakel.Core.Labels;

namespace Schakel.Web.Features.Import;

/// <summary>Hands the labels of the import's enums to the one catalogue, when the web assembly loads.</summary>
internal static class ImportEnumLabels
{
    [ModuleInitializer]
    internal static void Register()
    {
        Dutch.Register<ImportField>(ImportFields.Dutch);
        Dutch.Register<ImportCodeList>(ImportCodes.Dutch);
        Dutch.Register<ImportBatchStatus>(Status);
        Dutch.Register<ImportRowOutcome>(Outcome);
        Dutch.Register<ImportCodeHow>(How);
        Dutch.Register<ImportPhase>(Phase);
    }

    public static string Status(ImportBatchStatus status) => status switch
    {
        ImportBatchStatus.Pending => "Wacht op start",
        ImportBatchStatus.Running => "Bezig",
        ImportBatchStatus.Finished => "Klaar",
        ImportBatchStatus.Failed => "Gestopt",
        ImportBatchStatus.RolledBack => "Teruggedraaid",
        _ => status.ToString(),
    };

    public static string Outcome(ImportRowOutcome outcome) => outcome switch
    {
        ImportRowOutcome.Insert => "Nieuw",
        ImportRowOutcome.Update => "Bijgewerkt",
        ImportRowOutcome.Unchanged => "Ongewijzigd",
        ImportRowOutcome.Refused => "Geweigerd",
        _ => outcome.ToString(),
    };

    public static string How(ImportCodeHow how) => how switch
    {
        ImportCodeHow.Mapped => "Gekoppeld bij een eerdere import",
        ImportCodeHow.Automatic => "Herkend",
        ImportCodeHow.Unknown => "Nog niet gekoppeld",
        _ => how.ToString(),
    };

    public static string Phase(ImportPhase phase) => phase switch
    {
        ImportPhase.Reading => "Bestand lezen",
        ImportPhase.Importing => "Importeren",
        ImportPhase.Counting => "Cijfers bijwerken",
        ImportPhase.Done => "Klaar",
        _ => phase.ToString(),
    };
}
