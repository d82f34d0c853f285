namespace Schakel.Core.Common;

/// <summary>Something that happened to an aggregate that another part of the application may want to act on.</summary>
public interface IDomainEvent;

/// <summary>An aggregate that records what happened to it until the save that stores it hands the events on.</summary>
public interface IHasDomainEvents
{
    IReadOnlyCollection<IDomainEvent> DomainEvents { get; }

    void ClearDomainEvents();
}

/// <summary>
/// Base of the aggregates that guard their own lifecycle. The events are not stored: EF maps neither the get-only
/// property nor the field (its name follows no backing-field convention).
/// </summary>
public abstract class AggregateRoot : IHasDomainEvents
{
    private readonly List<IDomainEvent> raised = [];

    public IReadOnlyCollection<IDomainEvent> DomainEvents => raised;

    public void ClearDomainEvents() => raised.Clear();

    protected void Raise(IDomainEvent domainEvent) => raised.Add(domainEvent);
}

/// <summary>
/// A change an aggregate refuses because its rules do not allow it. The message is Dutch and written for the user, so a
/// page can show it as it is.
/// </summary>
public sealed class DomainException(string message, string? input = null) : Exception(message)
{
    /// <summary>The input the refusal is about (a name the aggregate publishes), so a form can show the message beside
    /// that field; null when the step itself is refused.</summary>
    public string? Input { get; } = input;
}

/// <summary>Who takes a step: the account (null for the system or demo data) and the name the timeline shows.</summary>
public readonly record struct Actor(string? UserId, string Name);

/// <summary>
/// Acts on one kind of domain event. Handlers run after the save that raised the event has committed, in a scope of
/// their own: what they do (a notification, an e-mail) never undoes the change it follows.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "It handles domain events; the name is the one every reader of eShop-style code looks for, not a .NET event delegate.")]
public interface IDomainEventHandler<in TEvent> where TEvent : IDomainEvent
{
    Task HandleAsync(TEvent domainEvent, CancellationToken cancellationToken);
}
