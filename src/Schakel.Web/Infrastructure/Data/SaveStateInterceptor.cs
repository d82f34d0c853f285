using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Schakel.Web.Infrastructure.Data;

/// <summary>
/// A save interceptor that notes something per context while saving and acts on it once the save went through; a save
/// that fails or is cancelled must drop what it noted, or the next save of the same (pooled) context would act on it.
/// </summary>
public abstract class SaveStateInterceptor : SaveChangesInterceptor
{
    /// <summary>Drops what was noted for <paramref name="context"/> during a save that did not go through.</summary>
    protected abstract void Forget(DbContext? context);

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }
}
