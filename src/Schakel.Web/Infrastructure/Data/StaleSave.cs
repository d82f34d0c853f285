using Microsoft.EntityFrameworkCore;

namespace Schakel.Web.Infrastructure.Data;

/// <summary>
/// The one way to save a record that someone else may have changed since the form was opened, and the one Dutch
/// wording for telling the user so.
/// </summary>
/// <remarks>
/// Records carry a version token, so a save that lost the race throws <see cref="DbUpdateConcurrencyException"/>. The
/// tracker is cleared on a lost race so the caller reads the colleague's version, not its own unsaved edits.
/// </remarks>
public static class StaleSave
{
    /// <summary>For a form that shows the new version with the user's input kept beside it.</summary>
    /// <param name="what">The record in Dutch with its article, e.g. "deze melding"; "dit" when nothing more specific fits.</param>
    public static string Message(string what = "dit") =>
        $"Iemand anders heeft {what} intussen gewijzigd. Uw invoer staat hieronder nog; bekijk de nieuwe versie en sla opnieuw op.";

    /// <summary>For an action that kept no input (a button, a redirect): the same sentence without the input part.</summary>
    public static string Notice(string what = "dit") =>
        $"Iemand anders heeft {what} intussen gewijzigd; bekijk de nieuwe versie.";

    /// <summary>Saves; returns false (and forgets the unsaved edits) when another save came first.</summary>
    public static Task<bool> SaveUnlessStaleAsync(this DbContext db, CancellationToken cancellationToken = default) =>
        db.UnlessStaleAsync(db.SaveChangesAsync, cancellationToken);

    /// <summary>Runs a save step of several writes (e.g. inside a transaction); false when another save came first.</summary>
    public static async Task<bool> UnlessStaleAsync(this DbContext db, Func<CancellationToken, Task> save, CancellationToken cancellationToken = default)
    {
        try
        {
            await save(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
