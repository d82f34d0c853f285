using Microsoft.EntityFrameworkCore;
using Schakel.Core.Care;
using Schakel.Testing;

namespace Schakel.IntegrationTests.Care;

internal static class CareData
{
    /// <summary>The demo care file: the possible victim of the demo case, kept by the demo care coordinator.</summary>
    public static Task<int> DemoCareFileIdAsync(this SchakelFactory factory) =>
        factory.WithAsync(db => db.Set<CareFile>().OrderBy(f => f.Id).Select(f => f.Id).FirstAsync());
}
