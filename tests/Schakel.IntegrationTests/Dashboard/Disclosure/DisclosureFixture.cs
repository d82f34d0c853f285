using Microsoft.EntityFrameworkCore;
using Schakel.Core.Reference;
using Schakel.Core.Signals;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Dashboard.Disclosure;

/// <summary>The app with a fixed cell-key secret, so a run is repeatable, and known small counts in 2009 (a year no demo data touches).</summary>
public sealed class DisclosureFactory : SchakelFactory
{
    public const int Year = 2009;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [new("Figures:CellKeySecret", "integration-test-secret-for-the-cell-key-method")];

    private bool _seeded;

    /// <summary>
    /// Zwolle: 9 reports in January (women 18-23, Polish, living in Zwolle, working in Kampen) and 2 in February (minor
    /// men, Nigerian, another form and sector). Kampen: 1 report in March (gender X, Eritrean, another melder type) and
    /// 6 in May. Deventer: 3 advice questions in April and 7 reports in January (men, Bulgarian, living in Deventer,
    /// working in Zwolle). Zwolle in October: 4 reports (women, Chinese, living in Zwolle, working in Kampen).
    /// </summary>
    public async Task SeedAsync()
    {
        if (_seeded)
        {
            return;
        }
        _seeded = true;
        await WithAsync(async db =>
        {
            string[] Codes(ReferenceList list) => db.ReferenceItems.Where(r => r.List == list).OrderBy(r => r.SortOrder).Select(r => r.Code).Take(3).ToArray();
            var forms = Codes(ReferenceList.ExploitationForm);
            var sectors = Codes(ReferenceList.Sector);
            var melders = Codes(ReferenceList.MelderType);
            int Id(string name) => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).Single();
            var (zwolle, kampen, deventer) = (Id("Zwolle"), Id("Kampen"), Id("Deventer"));
            var n = 0;
            void Add(int count, SignalKind kind, int municipality, int month, int form, int sector, int melder, Subject? victim)
            {
                for (var i = 0; i < count; i++)
                {
                    var s = new Signal
                    {
                        Reference = $"SDC-{Year}-{++n}", Kind = kind, MunicipalityId = municipality, ReceivedAt = new DateTimeOffset(Year, month, 10, 12, 0, 0, TimeSpan.Zero),
                        SectorCode = sectors[sector], MelderTypeCode = melders[melder], Forms = [new SignalForm { FormCode = forms[form] }],
                    }.Stored(s => s.Status, SignalStatus.HandledLocally);
                    if (victim is not null)
                    {
                        s.Subjects.Add(new Subject
                        {
                            Role = SubjectRole.PossibleVictim, Gender = victim.Gender, AgeGroup = victim.AgeGroup, Nationality = victim.Nationality,
                            LivesInMunicipalityId = victim.LivesInMunicipalityId, WorksInMunicipalityId = victim.WorksInMunicipalityId,
                        });
                    }
                    db.Signals.Add(s);
                }
            }
            Add(9, SignalKind.Report, zwolle, 1, 0, 0, 0, new Subject { Gender = "V", AgeGroup = AgeGroups.Age18To23, Nationality = "Pools", LivesInMunicipalityId = zwolle, WorksInMunicipalityId = kampen });
            Add(2, SignalKind.Report, zwolle, 2, 1, 1, 0, new Subject { Gender = "M", AgeGroup = AgeGroups.Minor, Nationality = "Nigeriaans" });
            Add(1, SignalKind.Report, kampen, 3, 0, 0, 1, new Subject { Gender = "X", AgeGroup = AgeGroups.Age31To50, Nationality = "Eritrees" });
            Add(6, SignalKind.Report, kampen, 5, 0, 0, 0, new Subject { Gender = "V", AgeGroup = AgeGroups.Age24To30, Nationality = "Roemeens" });
            Add(3, SignalKind.AdviceQuestion, deventer, 4, 2, 2, 2, null);
            Add(7, SignalKind.Report, deventer, 1, 0, 0, 0, new Subject { Gender = "M", AgeGroup = AgeGroups.Age18To23, Nationality = "Bulgaars", LivesInMunicipalityId = deventer, WorksInMunicipalityId = zwolle });
            Add(4, SignalKind.Report, zwolle, 10, 1, 0, 0, new Subject { Gender = "V", AgeGroup = AgeGroups.Unknown, Nationality = "Chinees", LivesInMunicipalityId = zwolle, WorksInMunicipalityId = kampen });
            return await db.SaveChangesAsync();
        });
    }
}
