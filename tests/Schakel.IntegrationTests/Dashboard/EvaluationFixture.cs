using System.Net;
using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Audit;
using Schakel.Core.Care;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Core.Table;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Dashboard;

/// <summary>
/// A hand-counted fixture in 2012 and 2013, years the demo data does not touch:
/// 6 meldingen in Zwolle on 1 Feb 2012, each with one possible victim living in Zwolle and working in Kampen, with the
/// nationalities "Pools", "Poolse", "POL", "Bulgaars", "Roemeens" (EU/EER) and "Nigeriaans" (Afrika);
/// 1 melding in Deventer on 1 Mar 2012 with two possible victims, "Chinees" (Azië) and "staatloos" (onbekend), both
/// living and working in Deventer.
/// The first Zwolle melding became a case on 11 Feb 2012 (decided 10 days after receipt) that is still open, so its
/// victim is still in view in 2013; the second Zwolle melding was decided on 4 Feb (3 days).
/// Care files on the case, opened 15 Feb 2012 (4 days after the decision): A with valid CoMensha consent, B with a
/// consent withdrawn on 1 Jun 2012, C with no consent at all, D with only a consent to share with a partner.
/// Table actions due in 2012: one done on time, one done late.
/// </summary>
internal static class EvaluationFixture
{
    public const string Year2012 = "from=2012-01-01&to=2012-12-31";
    public const string Figures2012 = "period=2012";
    public const string Figures2013 = "period=2013";
    public const string VictimName = "Fixtuur Tweeduizendtwaalf";

    public static DateTimeOffset On(int month, int day) => new(2012, month, day, 10, 0, 0, TimeSpan.Zero);

    public static async Task EnsureAsync(SchakelFactory factory)
    {
        await factory.WithAsync(async db =>
        {
            if (await db.Signals.AnyAsync(s => s.Reference.StartsWith("FIX-2012-")))
            {
                return 0;
            }
            // All or nothing: a half-made fixture would be taken as present by the next test.
            await using var tx = await db.Database.BeginTransactionAsync();
            var form = await db.ReferenceItems.Where(r => r.List == ReferenceList.ExploitationForm).OrderBy(r => r.SortOrder).Select(r => r.Code).FirstAsync();
            var melder = await db.ReferenceItems.Where(r => r.List == ReferenceList.MelderType).OrderBy(r => r.SortOrder).Select(r => r.Code).FirstAsync();
            int Id(string name) => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).Single();
            var (zwolle, kampen, deventer) = (Id("Zwolle"), Id("Kampen"), Id("Deventer"));
            var n = 0;
            Signal New(int municipality, DateTimeOffset at) => new Signal
            {
                Reference = $"FIX-2012-{++n}", Kind = SignalKind.Report, MelderTypeCode = melder, MunicipalityId = municipality, ReceivedAt = at,
                Forms = [new SignalForm { FormCode = form }],
            }.Stored(s => s.Status, SignalStatus.HandledLocally);
            var zwolleSignals = new List<Signal>();
            foreach (var nationality in new[] { "Pools", "Poolse", "POL", "Bulgaars", "Roemeens", "Nigeriaans" })
            {
                var s = New(zwolle, On(2, 1));
                s.Subjects.Add(new Subject { Gender = "V", AgeGroup = AgeGroups.Age18To23, Nationality = nationality, LivesInMunicipalityId = zwolle, WorksInMunicipalityId = kampen });
                zwolleSignals.Add(s);
                db.Signals.Add(s);
            }
            var deventerSignal = New(deventer, On(3, 1));
            deventerSignal.Subjects.Add(new Subject { Gender = "M", Nationality = "Chinees", LivesInMunicipalityId = deventer, WorksInMunicipalityId = deventer });
            deventerSignal.Subjects.Add(new Subject { Gender = "M", Nationality = "staatloos", LivesInMunicipalityId = deventer, WorksInMunicipalityId = deventer });
            db.Signals.Add(deventerSignal);
            // The person of care file A is named and a minor: the export must carry neither the name nor the birth date.
            zwolleSignals[0].Subjects[0].FullName = VictimName;
            zwolleSignals[0].Subjects[0].AgeGroup = AgeGroups.Minor;
            await db.SaveChangesAsync();

            var table = await db.Set<RegionalTable>().FirstAsync();
            var owner = await db.Users.Where(u => u.Email == "procesregisseur@demo.schakel.nl").Select(u => u.Id).SingleAsync();
            var meeting = new TableMeeting { TableId = table.Id, StartsAt = On(2, 4) };
            db.Add(meeting);
            var tableCase = new TableCase { Reference = "FIX-2012-CASE", TableId = table.Id, MunicipalityId = zwolle, OpenedAt = On(2, 11) };
            tableCase.Tracks.Add(new CaseTrack { Kind = TrackKind.Care, OpenedAt = On(2, 11) });
            db.Add(tableCase);
            await db.SaveChangesAsync();
            zwolleSignals[0].CaseId = tableCase.Id;
            db.Add(new AgendaItem { MeetingId = meeting.Id, Section = AgendaSection.NewSignal, Position = 1, SignalId = zwolleSignals[0].Id, ReasonableSuspicion = true, Outcome = TableOutcome.Tracks, DecidedAt = On(2, 11) });
            db.Add(new AgendaItem { MeetingId = meeting.Id, Section = AgendaSection.NewSignal, Position = 2, SignalId = zwolleSignals[1].Id, ReasonableSuspicion = false, Outcome = TableOutcome.NoFurtherAction, DecidedAt = On(2, 4) });
            db.Add(new TableAction { MeetingId = meeting.Id, Description = "Op tijd", OwnerUserId = owner, OwnerName = "X", DueOn = new DateOnly(2012, 3, 1), CreatedAt = On(2, 4) }.Stored(a => a.Status, ActionStatus.Done).Stored(a => a.DoneAt, On(2, 20)));
            db.Add(new TableAction { MeetingId = meeting.Id, Description = "Te laat", OwnerUserId = owner, OwnerName = "X", DueOn = new DateOnly(2012, 3, 1), CreatedAt = On(2, 4) }.Stored(a => a.Status, ActionStatus.Done).Stored(a => a.DoneAt, On(3, 9)));

            var victims = zwolleSignals.Take(4).Select(s => s.Subjects[0]).ToList();
            var files = victims.Select(v => new CareFile { CaseId = tableCase.Id, SubjectId = v.Id, OpenedAt = On(2, 15) }).ToList();
            db.AddRange(files);
            await db.SaveChangesAsync();
            db.Add(new Consent { CareFileId = files[0].Id, Scope = ConsentScope.CoMenshaReport, GivenOn = new DateOnly(2012, 2, 15), RecordedBy = "zc" });
            db.Add(new Consent { CareFileId = files[1].Id, Scope = ConsentScope.CoMenshaReport, GivenOn = new DateOnly(2012, 2, 15), WithdrawnOn = new DateOnly(2012, 6, 1), RecordedBy = "zc" });
            db.Add(new Consent { CareFileId = files[3].Id, Scope = ConsentScope.ShareWithPartner, PartnerName = "Opvang", GivenOn = new DateOnly(2012, 2, 15), RecordedBy = "zc" });
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return 0;
        });
    }

    public static JsonElement Row(JsonElement body, string label) =>
        body.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("label").GetString() == label);

    public static string Count(JsonElement body, string label, string column) =>
        Row(body, label).GetProperty("counts").GetProperty(column).GetString()!;

    /// <summary>The first data cell after the row header with this label.</summary>
    public static string Cell(string html, string rowLabel)
    {
        var at = html.IndexOf($"scope=\"row\">{rowLabel}</th>", StringComparison.Ordinal);
        at.ShouldBeGreaterThan(-1, rowLabel);
        var cell = html.IndexOf("<td class=\"utrecht-table__cell\">", at, StringComparison.Ordinal) + "<td class=\"utrecht-table__cell\">".Length;
        return html[cell..html.IndexOf("</td>", cell, StringComparison.Ordinal)];
    }
}
