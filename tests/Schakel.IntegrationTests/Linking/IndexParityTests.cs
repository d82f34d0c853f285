using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Schakel.Core.Linking;
using Schakel.Core.Linking.Normalization;
using Schakel.Testing.Linking;
using Schakel.Core.Signals;
using Schakel.Testing;
using Schakel.Web.Features.Linking;

namespace Schakel.IntegrationTests.Linking;

/// <summary>
/// The database index finds, per subject, the same candidates with the same scores and reasons as the batch engine
/// (`schakel link`) on the same subjects: blocking through stored keys changes where the work happens, not the result.
/// </summary>
public sealed class IndexParityTests(SchakelFactory factory) : IClassFixture<SchakelFactory>
{
    [Fact]
    public async Task Candidates_from_the_database_index_equal_the_batch_engine()
    {
        var data = SyntheticSignals.Generate(300, seed: 7);
        await factory.WithAsync(async db =>
        {
            var signals = new List<Signal>();
            var n = 0;
            foreach (var r in data.Records)
            {
                var dob = DateOfBirth.TryParse(r.DateOfBirth, out var d) && !d.IsYearOnly && d.Day > 0 ? new DateOnly(d.Year, d.Month, d.Day) : (DateOnly?)null;
                signals.Add(new Signal
                {
                    Reference = $"MH-PAR-{n++:D4}", MelderTypeCode = "BURGER", ReceivedAt = DateTimeOffset.UtcNow,
                    Subjects = [new Subject
                    {
                        FullName = r.FullName, DateOfBirth = dob, Phones = r.Phone, Emails = r.Email, Street = r.Street, HouseNumber = r.HouseNumber,
                        Postcode = r.Postcode, City = r.City, LicensePlates = r.LicensePlate, Handles = r.Handle,
                    }],
                });
            }
            db.Signals.AddRange(signals);
            await db.SaveChangesAsync();
            await SubjectKeys.UpdateAsync(db, signals.SelectMany(s => s.Subjects), TimeProvider.System);
            return 0;
        });

        var (subjects, stored) = await factory.WithAsync(async db => (
            await db.Subjects.AsNoTracking().ToListAsync(),
            await db.Set<SubjectLink>().AsNoTracking().ToListAsync()));
        var signalOf = subjects.ToDictionary(s => s.Id.ToString(CultureInfo.InvariantCulture), s => s.SignalId);
        var expected = LinkEngine.Run(subjects.SelectMany(SubjectRecords.ToRecords).ToList(), new LinkOptions { Model = DefaultModel.Instance }).Links
            .Where(l => signalOf[l.A] != signalOf[l.B])
            .Select(l => $"{l.A}-{l.B} {l.Score:F4} {string.Join(';', l.Reasons)}")
            .Order(StringComparer.Ordinal).ToList();
        var actual = stored
            .Select(l => (A: l.SubjectAId.ToString(CultureInfo.InvariantCulture), B: l.SubjectBId.ToString(CultureInfo.InvariantCulture), l))
            .Select(x => string.CompareOrdinal(x.A, x.B) < 0 ? $"{x.A}-{x.B} {x.l.Score:F4} {x.l.Reasons}" : $"{x.B}-{x.A} {x.l.Score:F4} {x.l.Reasons}")
            .Order(StringComparer.Ordinal).ToList();

        expected.Count.ShouldBeGreaterThan(50);
        actual.ShouldBe(expected);
    }
}
