using System.Diagnostics;

namespace Schakel.IntegrationTests.Mail;

/// <summary>
/// Waits for the background sender: checks a condition until it holds or the time is up. Elapsed time comes from a
/// stopwatch, not the wall clock, so the app's clock and the machine's date never matter here.
/// </summary>
public static class Poll
{
    /// <returns>Whether the condition held in time; the caller's assertions then say what was expected.</returns>
    public static async Task<bool> UntilAsync(Func<Task<bool>> done, int seconds = 30, int everyMilliseconds = 200)
    {
        var watch = Stopwatch.StartNew();
        while (!await done())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(seconds))
            {
                return false;
            }
            await Task.Delay(everyMilliseconds);
        }
        return true;
    }
}
