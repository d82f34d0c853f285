using Microsoft.EntityFrameworkCore;
using Schakel.Web.Infrastructure.Data;

namespace Schakel.Web.Features.Linking;

/// <summary>
/// Builds the identifier index once for a database that has subjects from before linking existed; from then on
/// intake and the signal page keep it up to date.
/// </summary>
public sealed class SubjectKeySeeder(SchakelDb db, TimeProvider clock, ILogger<SubjectKeySeeder> logger) : IStartupSeeder
{
    private const int Batch = 500;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Set<SubjectKey>().AnyAsync(cancellationToken) || !await db.Subjects.AnyAsync(cancellationToken))
        {
            return;
        }
        var lastId = 0;
        var count = 0;
        while (true)
        {
            var batch = await db.Subjects.Where(s => s.Id > lastId).OrderBy(s => s.Id).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            await SubjectKeys.UpdateAsync(db, batch, clock, cancellationToken: cancellationToken);
            db.ChangeTracker.Clear();
            lastId = batch[^1].Id;
            count += batch.Count;
        }
        logger.LogInformation("Identifier index built for {Count} existing subjects.", count);
    }
}
