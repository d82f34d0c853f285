using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using Schakel.Core.Csv;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Care;
using Schakel.Core.Figures;
using Schakel.Core.Organisations;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Web.Features.Care;
using Schakel.Web.Features.Signals;
using Schakel.Web.Infrastructure.Data;
using Schakel.Web.Features.Shared;

namespace Schakel.Web.Features.Dashboard;

/// <summary>
/// One line of the CoMensha registration: the fields CoMensha registers and nothing that names the person. The line
/// number is only a counter within this export; it cannot be traced back to a record in the register.
/// </summary>
public sealed record CoMenshaLine(int Number, DateOnly ReportedOn, string Forms, string Sector, string Gender, string AgeGroup, string Minor,
    string Nationality, string NationalityGroup, string Region, string MelderType, DateOnly ConsentSince);

public sealed record CoMenshaResult(FigureFilter Filter, DateOnly ConsentCheckedOn, IReadOnlyList<CoMenshaLine> Lines, int WithoutConsent, int Withdrawn)
{
    public int LeftOut => WithoutConsent + Withdrawn;
}

/// <summary>
/// Possible victims with a care file opened in the period, for the CoMensha registration. Only files whose CoMensha
/// consent is valid on the day of the export go in (through <see cref="CareConsents"/>, the one consent gate); the
/// others are counted by reason so the user can say why they are missing.
/// </summary>
public sealed class CoMenshaExport(SchakelDb db)
{
    public static readonly IReadOnlyList<string> Header =
    [
        "Nr", "Datum aanmelding", "Uitbuitingsvorm", "Sector", "Geslacht", "Leeftijdsgroep", "Minderjarig", "Nationaliteit",
        "Nationaliteitsgroep", "Regio", "Type aanmelder", "Toestemming sinds",
    ];

    public async Task<CoMenshaResult> BuildAsync(FigureFilter filter, DateOnly today, CancellationToken ct)
    {
        var start = filter.Start;
        var end = filter.End;
        var files = await db.Set<CareFile>().AsNoTracking().Where(f => f.OpenedAt >= start && f.OpenedAt < end)
            .Select(f => new { f.Id, f.SubjectId }).ToListAsync(ct);
        var fileIds = files.Select(f => f.Id).ToList();
        var valid = (await CareConsents.ValidForCoMenshaAsync(db, today, ct)).Select(f => f.Id).Where(fileIds.Contains).ToHashSet();
        var consents = await db.Set<Consent>().AsNoTracking()
            .Where(c => fileIds.Contains(c.CareFileId) && c.Scope == ConsentScope.CoMenshaReport).ToListAsync(ct);
        var withdrawn = files.Count(f => !valid.Contains(f.Id) && consents.Any(c => c.CareFileId == f.Id && c.WithdrawnOn is { } w && w <= today));
        var without = files.Count(f => !valid.Contains(f.Id)) - withdrawn;

        var subjectIds = files.Where(f => valid.Contains(f.Id)).Select(f => f.SubjectId).ToList();
        var people = await (from p in db.Subjects.AsNoTracking()
                            join s in db.Signals.AsNoTracking() on p.SignalId equals s.Id
                            where subjectIds.Contains(p.Id)
                            select new { p.Id, p.Gender, p.AgeGroup, p.DateOfBirth, p.Nationality, SignalId = s.Id, s.ReceivedAt, s.SectorCode, s.MelderTypeCode, s.MunicipalityId })
            .ToListAsync(ct);
        var signalIds = people.Select(p => p.SignalId).ToList();
        var forms = await db.Set<SignalForm>().AsNoTracking().Where(f => signalIds.Contains(f.SignalId)).ToListAsync(ct);
        var refs = await db.ReferenceItems.AsNoTracking().ToListAsync(ct);
        string Ref(ReferenceList list, string? code) => code is null ? "Onbekend" : refs.FirstOrDefault(r => r.List == list && r.Code == code)?.Label ?? code;
        var regions = await (from o in db.Organisations.AsNoTracking()
                             join r in db.Set<Region>().AsNoTracking() on o.RegionId equals r.Id
                             where o.Kind == OrganisationKind.Municipality
                             select new { o.Id, r.Name }).ToDictionaryAsync(x => x.Id, x => x.Name, ct);

        var lines = new List<CoMenshaLine>();
        foreach (var file in files.Where(f => valid.Contains(f.Id)).OrderBy(f => f.Id))
        {
            var p = people.Single(x => x.Id == file.SubjectId);
            var reportedOn = DutchTime.Day(p.ReceivedAt);
            var age = p.AgeGroup ?? (p.DateOfBirth is { } dob ? AgeGroups.FromDateOfBirth(dob, reportedOn) : AgeGroups.Unknown);
            var formText = string.Join(", ", forms.Where(f => f.SignalId == p.SignalId).Select(f => Ref(ReferenceList.ExploitationForm, f.FormCode)).Order(StringComparer.CurrentCulture));
            var since = consents.Where(c => c.CareFileId == file.Id && c.IsValidOn(today)).Min(c => c.GivenOn);
            lines.Add(new CoMenshaLine(lines.Count + 1, reportedOn, formText.Length == 0 ? "Onbekend" : formText, Ref(ReferenceList.Sector, p.SectorCode),
                Genders.All.FirstOrDefault(g => g.Code == p.Gender).Label ?? "Onbekend", AgeGroups.All.FirstOrDefault(a => a.Code == age).Label ?? "Onbekend",
                age == AgeGroups.Minor ? "ja" : age == AgeGroups.Unknown ? "onbekend" : "nee",
                string.IsNullOrWhiteSpace(p.Nationality) ? "Onbekend" : p.Nationality.Trim(), NationalityGroups.Label(NationalityGroups.Of(p.Nationality)),
                p.MunicipalityId is { } m && regions.TryGetValue(m, out var region) ? region : "Onbekend",
                Ref(ReferenceList.MelderType, p.MelderTypeCode), since));
        }
        return new CoMenshaResult(filter, today, lines, without, withdrawn);
    }

    public static IReadOnlyList<string> Cells(CoMenshaLine l) =>
    [
        l.Number.ToString(CultureInfo.InvariantCulture), l.ReportedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), l.Forms, l.Sector,
        l.Gender, l.AgeGroup, l.Minor, l.Nationality, l.NationalityGroup, l.Region, l.MelderType, l.ConsentSince.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    ];

    public static string LeftOutText(CoMenshaResult r) =>
        $"Niet opgenomen: {r.LeftOut} mogelijk slachtoffer(s) zonder geldige toestemming op {r.ConsentCheckedOn:yyyy-MM-dd} " +
        $"({r.WithoutConsent} zonder vastgelegde toestemming, {r.Withdrawn} met ingetrokken toestemming).";

    public static byte[] Excel(CoMenshaResult result)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("CoMensha");
        sheet.Cell(1, 1).Value = $"Aanmeldingen CoMensha, zorgdossiers geopend {result.Filter.From:yyyy-MM-dd} t/m {result.Filter.To:yyyy-MM-dd}";
        sheet.Cell(2, 1).Value = LeftOutText(result);
        for (var c = 0; c < Header.Count; c++)
        {
            sheet.Cell(4, c + 1).Value = Header[c];
        }
        sheet.Row(4).Style.Font.Bold = true;
        var row = 5;
        foreach (var line in result.Lines)
        {
            var cells = Cells(line);
            for (var c = 0; c < cells.Count; c++)
            {
                sheet.Cell(row, c + 1).Value = cells[c];
            }
            row++;
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    public static byte[] Csv(CoMenshaResult result)
    {
        var text = new StringWriter();
        using (var csv = CsvFiles.Writer(text, ";"))
        {
            csv.WriteSafeRecord(Header);
            foreach (var line in result.Lines)
            {
                csv.WriteSafeRecord(Cells(line));
            }
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
