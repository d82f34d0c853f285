using Microsoft.EntityFrameworkCore;
using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Table;

internal static class TableData
{
    /// <summary>The demo table's upcoming meeting (agenda generated, pre-round sent) or the one held two weeks ago.</summary>
    public static Task<int> MeetingIdAsync(this SchakelFactory factory, bool next) =>
        factory.WithAsync(db => next
            ? db.Set<TableMeeting>().OrderByDescending(m => m.StartsAt).Select(m => m.Id).FirstAsync()
            : db.Set<TableMeeting>().OrderBy(m => m.StartsAt).Select(m => m.Id).FirstAsync());

    public static Task<int> DemoCaseIdAsync(this SchakelFactory factory) =>
        factory.WithAsync(db => db.Set<TableCase>().OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());

    /// <summary>The agenda item of the next meeting about the signal of a municipality.</summary>
    public static Task<int> ItemIdAsync(this SchakelFactory factory, int meetingId, string municipality) =>
        factory.WithAsync(db => db.Set<AgendaItem>().Where(i => i.MeetingId == meetingId && i.Signal!.Municipality!.Name == municipality).Select(i => i.Id).FirstAsync());

    public static Task<string> UserIdAsync(this SchakelFactory factory, string email) =>
        factory.WithAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).FirstAsync());
}
