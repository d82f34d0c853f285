using Schakel.Core.Common;

namespace Schakel.Core.Table;

/// <summary>
/// A casus: one or more signals the table upgraded to a reasonable suspicion. It keeps its signals (and through them its
/// subjects) and is followed until every track has an outcome.
/// </summary>
public class TableCase : AggregateRoot
{
    public int Id { get; set; }
    public required string Reference { get; init; }
    public int TableId { get; init; }
    public int? MunicipalityId { get; set; }
    public DateTimeOffset OpenedAt { get; init; }
    /// <summary>Set only by <see cref="Close"/>, once every track has an outcome.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? DirectorUserId { get; set; }
    public string? DirectorName { get; set; }
    public string? FirstGoal { get; set; }
    public string? WorkAgreements { get; set; }
    public int Version { get; set; }

    /// <summary>Set when the retention period after closing removed the personal data of the case and its signals.</summary>
    public DateTimeOffset? AnonymisedAt { get; private set; }
    public List<CaseTrack> Tracks { get; set; } = [];
    public List<CaseEvent> Events { get; set; } = [];

    public bool IsClosed => ClosedAt is not null;

    /// <summary>Closes the case when every track has an outcome (<see cref="CaseRules.WhyNotClosable"/>); refuses otherwise.</summary>
    public void Close(Actor by, DateTimeOffset at)
    {
        if (IsClosed)
        {
            throw new DomainException("Deze casus is al afgesloten.");
        }
        if (CaseRules.WhyNotClosable(Tracks) is { } why)
        {
            throw new DomainException(why);
        }
        ClosedAt = at;
        Events.Add(new CaseEvent { At = at, Actor = by.Name, Description = "Casus afgesloten: elk spoor heeft een uitkomst" });
        Raise(new CaseClosed(this));
    }

    /// <summary>Retention removed the personal data of the case and its signals; only a closed case gets there.</summary>
    public void MarkAnonymised(DateTimeOffset at)
    {
        if (!IsClosed)
        {
            throw new DomainException("Een open casus wordt niet geanonimiseerd.");
        }
        AnonymisedAt = at;
    }
}

public sealed record CaseClosed(TableCase Case) : IDomainEvent;

/// <summary>One line of a case's timeline. Criminal-track details never go here: they are police-only.</summary>
public class CaseEvent
{
    public long Id { get; init; }
    public int CaseId { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public required string Description { get; init; }
}
