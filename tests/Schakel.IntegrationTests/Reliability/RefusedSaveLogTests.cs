using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Schakel.Web.Features.Linking;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.IntegrationTests.Reliability;

/// <summary>
/// A save the database refuses and the code handles (here: a candidate pair that a parallel intake stored first) is
/// logged as a warning; operators watch Error for faults and must not drown in expected conflicts.
/// </summary>
public sealed class RefusedSaveLogTests(LogPrivacyTests.CapturingFactory factory) : IClassFixture<LogPrivacyTests.CapturingFactory>
{
    [Fact]
    public async Task A_refused_duplicate_save_is_logged_as_a_warning_not_as_an_error()
    {
        var subjects = await factory.WithAsync(db => db.Subjects.OrderBy(s => s.Id).Select(s => s.Id).Take(2).ToListAsync());
        var (a, b) = (subjects[0], subjects[1]);
        await factory.WithAsync(async db =>
        {
            if (!await db.Set<SubjectLink>().AnyAsync(l => l.SubjectAId == a && l.SubjectBId == b))
            {
                db.Set<SubjectLink>().Add(Pair(a, b));
                await db.SaveChangesAsync();
            }
            return 0;
        });
        var before = factory.Lines.Count;

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SchakelDb>();
            db.Set<SubjectLink>().Add(Pair(a, b));
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }

        var efLines = factory.Lines.Skip(before).Where(l => l.Category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)).ToList();
        efLines.ShouldContain(l => l.Level == LogLevel.Warning && l.All.Contains("DbUpdateException", StringComparison.Ordinal), "the refused save is still logged");
        efLines.ShouldNotContain(l => l.Level >= LogLevel.Error);
    }

    private SubjectLink Pair(int a, int b) =>
        new() { SubjectAId = a, SubjectBId = b, Score = 0.5, Reasons = "phone", FoundAt = factory.Now };
}
