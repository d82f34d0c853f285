using System.Text;
using Microsoft.EntityFrameworkCore;
using Schakel.Web.Features.Import;

namespace Schakel.Testing;

/// <summary>Import records of the IJsselland region made straight in the database, shared by the import tests and the route catalogue.</summary>
public static class ImportSamples
{
    /// <summary>A small list as a region keeps it: Dutch column names, dates as typed, the municipality by name.</summary>
    public static byte[] Csv(string prefix, int rows = 3, string municipalityHeader = "Gemeente")
    {
        var csv = new StringBuilder($"Nummer;Datum melding;{municipalityHeader};Vorm;Naam slachtoffer;Geboortedatum\n");
        for (var i = 1; i <= rows; i++)
        {
            csv.Append($"{prefix}-{i};{i}-3-2019;Zwolle;Seksuele uitbuiting;Persoon {prefix} {i};{i}-2-1990\n");
        }
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    public static async Task<int> RegionIdAsync(SchakelFactory factory, string organisation = "Zwolle") =>
        await factory.WithAsync(db => db.Organisations.Where(o => o.Name == organisation).Select(o => o.RegionId).SingleAsync());

    /// <summary>A finished import of the IJsselland region, ended <paramref name="finishedDaysAgo"/> days ago on the app's clock.</summary>
    public static async Task<int> BatchAsync(SchakelFactory factory, string sourceName, double finishedDaysAgo = 1,
        ImportBatchStatus status = ImportBatchStatus.Finished, Action<ImportBatch>? change = null)
    {
        var region = await RegionIdAsync(factory);
        return await factory.WithAsync(async db =>
        {
            var source = await db.Set<ImportSource>().FirstOrDefaultAsync(s => s.RegionId == region && s.Name == sourceName);
            if (source is null)
            {
                source = new ImportSource { RegionId = region, Name = sourceName, UpdatedAt = factory.Now };
                db.Add(source);
                await db.SaveChangesAsync();
            }
            var finished = factory.Now.AddDays(-finishedDaysAgo);
            var batch = new ImportBatch
            {
                RegionId = region, SourceId = source.Id, FileName = $"{sourceName}.xlsx", StartedBy = "Joost Meijer (Regio IJsselland)",
                CreatedAt = finished.AddMinutes(-5), StartedAt = finished.AddMinutes(-4), Status = status,
                FinishedAt = status is ImportBatchStatus.Finished or ImportBatchStatus.Failed ? finished : null,
                RowsTotal = 40, RowsDone = 40, RowsRefused = 2, SignalsInserted = 30, SignalsUpdated = 5, SignalsUnchanged = 3, PersonsInserted = 36,
            };
            change?.Invoke(batch);
            db.Add(batch);
            await db.SaveChangesAsync();
            return batch.Id;
        });
    }

    /// <summary>An upload of the IJsselland region waiting on its column page, made once per app (for the access matrix).</summary>
    public static Task<int> SampleUploadAsync(SchakelFactory factory) =>
        factory.WithAsync(async db =>
        {
            const string name = "matrix-bron";
            if (await db.Set<ImportUpload>().Where(u => u.SourceName == name && u.BatchId == null).Select(u => (int?)u.Id).FirstOrDefaultAsync() is { } id)
            {
                return id;
            }
            var region = await db.Organisations.Where(o => o.Name == "Zwolle").Select(o => o.RegionId).SingleAsync();
            var bytes = Csv("matrix", 2);
            var mapping = new ImportMapping();
            mapping.Columns[ImportField.SourceKey] = "Nummer";
            mapping.Columns[ImportField.ReceivedOn] = "Datum melding";
            mapping.Columns[ImportField.Municipality] = "Gemeente";
            var upload = new ImportUpload { RegionId = region, FileName = "matrix.csv", SourceName = name, Size = bytes.Length, CreatedAt = factory.Now, Mapping = mapping };
            db.Add(upload);
            await db.SaveChangesAsync();
            db.Add(new ImportUploadContent { UploadId = upload.Id, Bytes = bytes });
            await db.SaveChangesAsync();
            return upload.Id;
        });

    /// <summary>A finished import of the IJsselland region, made once per app (for the access matrix).</summary>
    public static async Task<int> SampleBatchAsync(SchakelFactory factory) =>
        await factory.WithAsync(db => db.Set<ImportBatch>().Where(b => b.FileName == "matrix-bron.xlsx").Select(b => (int?)b.Id).FirstOrDefaultAsync())
        ?? await BatchAsync(factory, "matrix-bron");
}
