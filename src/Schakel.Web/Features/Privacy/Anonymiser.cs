using Microsoft.EntityFrameworkCore;
using Schakel.Core.Consultations;
using Schakel.Core.Signals;
using Schakel.Core.Undermining;
using Schakel.Web.Features.Shared;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Privacy;

/// <summary>
/// Removes what identifies a person and keeps what the figures count: role, age group, gender, nationality and the
/// municipalities where the person lives, works or was found.
/// </summary>
public static class Anonymiser
{
    // "now" fixes the age group from the date of birth before that is erased.
    public static void Subject(Subject s, DateTimeOffset now)
    {
        if (s.DateOfBirth is { } dob && s.AgeGroup is null)
        {
            s.AgeGroup = AgeGroups.FromDateOfBirth(dob, DutchTime.Day(now));
        }
        s.FullName = null;
        s.DateOfBirth = null;
        s.Street = null;
        s.HouseNumber = null;
        s.Postcode = null;
        s.City = null;
        s.Phones = null;
        s.Emails = null;
        s.Handles = null;
        s.LicensePlates = null;
        s.AdLinks = null;
    }

    public static void Signal(Signal signal, DateTimeOffset now)
    {
        signal.Anonymise(now);
        foreach (var subject in signal.Subjects)
        {
            Subject(subject, now);
        }
        foreach (var e in signal.Events)
        {
            e.Reason = null;
        }
        signal.Notes.Clear();
    }

    /// <summary>
    /// The texts kept beside a signal's route (the undermining referral, the spoed-MDO) may describe the same persons,
    /// so they go with the signal, in the same save.
    /// </summary>
    public static async Task RecordsBesideAsync(SchakelDb db, IReadOnlyCollection<int> signalIds, CancellationToken ct)
    {
        foreach (var referral in await db.Set<UnderminingReferral>().Where(r => signalIds.Contains(r.SignalId)).ToListAsync(ct))
        {
            referral.Anonymise();
        }
        foreach (var consultation in await db.Set<AcuteConsultation>().Include(c => c.Invitations).Where(c => signalIds.Contains(c.SignalId)).ToListAsync(ct))
        {
            consultation.Anonymise();
        }
    }
}
