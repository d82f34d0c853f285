using System.Collections.Concurrent;
using System.Data.Common;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Schakel.Core.Common;

namespace Schakel.Web.Infrastructure.Data;

/// <summary>
/// Hands the domain events of the aggregates a save stored to the <see cref="IDomainEventHandler{TEvent}"/>s that the
/// features registered. It knows no feature and no event.
/// <para>
/// Handlers run AFTER COMMIT, never inside the transaction: a save outside an explicit transaction has committed when
/// it returns; inside one (a table decision's two saves) the events wait for that transaction's commit and are dropped
/// when it rolls back. So a notification or e-mail follows only a change that is stored, as before, and a handler that
/// fails cannot undo it. What must commit together with the change (timeline lines, closing a case's care track) is part
/// of the aggregate's own method, not a handler.
/// </para>
/// <para>
/// The context is pooled, so its options (and this interceptor) are built once, from the root provider: the dispatcher
/// is a singleton and gives the handlers a scope of their own, with their own context.
/// </para>
/// </summary>
public sealed class DomainEventDispatcher(IServiceScopeFactory scopes) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbTransaction, List<IDomainEvent>> waitingForCommit = new();
    private static readonly ConcurrentDictionary<Type, (Type Handler, MethodInfo Handle)> HandlerTypes = new();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Collect(eventData.Context) is { } events)
        {
            DispatchAsync(events, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Collect(eventData.Context) is { } events)
        {
            await DispatchAsync(events, cancellationToken);
        }
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (Release(transaction) is { } events)
        {
            DispatchAsync(events, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (Release(transaction) is { } events)
        {
            await DispatchAsync(events, cancellationToken);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(transaction);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(transaction);
        return Task.CompletedTask;
    }

    /// <summary>Takes the events off the saved aggregates; returns them when they may go out now, null otherwise.</summary>
    private List<IDomainEvent>? Collect(DbContext? context)
    {
        if (context is null)
        {
            return null;
        }
        var raised = context.ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
        if (raised.Count == 0)
        {
            return null;
        }
        var events = raised.SelectMany(e => e.DomainEvents).ToList();
        foreach (var aggregate in raised)
        {
            aggregate.ClearDomainEvents();
        }
        if (context.Database.CurrentTransaction is { } open)
        {
            waitingForCommit.GetOrCreateValue(open.GetDbTransaction()).AddRange(events);
            return null;
        }
        return events;
    }

    private List<IDomainEvent>? Release(DbTransaction transaction) =>
        waitingForCommit.TryGetValue(transaction, out var events) && waitingForCommit.Remove(transaction) ? events : null;

    private async Task DispatchAsync(List<IDomainEvent> events, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var domainEvent in events)
        {
            var (handlerType, handle) = HandlerTypes.GetOrAdd(domainEvent.GetType(), static type =>
            {
                var handler = typeof(IDomainEventHandler<>).MakeGenericType(type);
                return (handler, handler.GetMethod(nameof(IDomainEventHandler<IDomainEvent>.HandleAsync))!);
            });
            foreach (var handler in scope.ServiceProvider.GetServices(handlerType))
            {
                await (Task)handle.Invoke(handler, [domainEvent, cancellationToken])!;
            }
        }
    }
}
