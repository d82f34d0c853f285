using Microsoft.EntityFrameworkCore;
using Schakel.Core.BasicLevel;
using Schakel.Testing;

namespace Schakel.IntegrationTests.BasicLevel;

internal static class BasicLevelData
{
    public static Task<int> OrganisationIdAsync(this SchakelFactory factory, string name) =>
        factory.WithAsync(db => db.Organisations.Where(o => o.Name == name).Select(o => o.Id).SingleAsync());

    public static Task<int> BlockIdAsync(this SchakelFactory factory, string code) =>
        factory.WithAsync(db => db.Set<BuildingBlock>().Where(b => b.Code == code).Select(b => b.Id).SingleAsync());

    public static Task<MunicipalBuildingBlock?> BlockRecordAsync(this SchakelFactory factory, int municipalityId, int blockId) =>
        factory.WithAsync(db => db.Set<MunicipalBuildingBlock>().AsNoTracking().SingleOrDefaultAsync(c => c.MunicipalityId == municipalityId && c.BuildingBlockId == blockId));
}
