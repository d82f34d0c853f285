using Microsoft.EntityFrameworkCore;
using Schakel.Core.Signals;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Linking;

/// <summary>One side of a pair as the ketenregisseur sees it: the person and the signal it comes from.</summary>
public sealed record LinkSide(Subject Subject, string Reference, string Municipality, string Source, SignalStatus Status, DateOnly? Date = null)
{
    public string Name => Subject.FullName ?? "naam onbekend";

    /// <summary>The identifiers that linking compares, in the order a person reads them.</summary>
    public IEnumerable<(string Label, string Value)> Identifiers()
    {
        var s = Subject;
        var address = string.Join(" ", new[] { s.Street, s.HouseNumber, s.Postcode, s.City }.Where(x => !string.IsNullOrWhiteSpace(x)));
        foreach (var (label, value) in new (string, string?)[]
        {
            ("Geboortedatum", (s.DateOfBirth is { } born ? DutchTime.FormatDate(born) : null)), ("Telefoon", s.Phones), ("E-mail", s.Emails), ("Online", s.Handles),
            ("Kenteken", s.LicensePlates), ("Adres", address),
        })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                yield return (label, value.Replace('\n', ',').Replace(",", ", ", StringComparison.Ordinal));
            }
        }
    }

    public static async Task<Dictionary<int, LinkSide>> LoadAsync(SchakelDb db, IEnumerable<int> subjectIds, ReferenceSnapshot refs, CancellationToken cancellationToken)
    {
        var ids = subjectIds.Distinct().ToList();
        var rows = await (from s in db.Subjects.AsNoTracking()
                          join g in db.Signals.AsNoTracking() on s.SignalId equals g.Id
                          where ids.Contains(s.Id)
                          select new { Subject = s, g.Reference, g.MunicipalityId, g.MelderTypeCode, g.Status, g.ObservedOn, g.ReceivedAt }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Subject.Id, r => new LinkSide(r.Subject, r.Reference,
            r.MunicipalityId is null ? "geen gemeente" : refs.MunicipalityName(r.MunicipalityId), refs.MelderTypeLabel(r.MelderTypeCode), r.Status,
            r.ObservedOn ?? DutchTime.Day(r.ReceivedAt)));
    }
}

/// <summary>A pair with both sides loaded, for the linking pages.</summary>
public sealed record LinkPair(SubjectLink Link, LinkSide A, LinkSide B);
