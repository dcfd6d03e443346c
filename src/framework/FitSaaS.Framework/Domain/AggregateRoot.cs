namespace FitSaaS.Framework.Domain;

/// <summary>Base aggregate root: concurrency stamp and local domain events.</summary>
public abstract class AggregateRoot<TKey> : Entity<TKey>, IAggregateRoot<TKey>, IHasConcurrencyStamp, IGeneratesDomainEvents
{
    private readonly List<object> _localEvents = [];

    /// <summary>For EF Core.</summary>
    protected AggregateRoot()
    {
    }

    /// <summary>Creates the aggregate with its key.</summary>
    protected AggregateRoot(TKey id)
        : base(id)
    {
    }

    /// <inheritdoc/>
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>Raises a local event, dispatched in the unit of work before commit.</summary>
    protected void AddLocalEvent(object eventData)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        _localEvents.Add(eventData);
    }

    /// <inheritdoc/>
    public IReadOnlyList<object> GetLocalEvents() => _localEvents;

    /// <inheritdoc/>
    public void ClearLocalEvents() => _localEvents.Clear();
}
