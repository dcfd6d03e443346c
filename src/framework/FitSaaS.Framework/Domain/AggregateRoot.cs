namespace FitSaaS.Framework.Domain;

/// <summary>An aggregate root: the only entry point to its aggregate, the unit of persistence.</summary>
public interface IAggregateRoot : IEntity;

/// <summary>An aggregate root with a single key.</summary>
public interface IAggregateRoot<out TKey> : IAggregateRoot, IEntity<TKey>;

/// <summary>An object that carries an optimistic-concurrency stamp.</summary>
public interface IHasConcurrencyStamp
{
    /// <summary>Random string renewed on every update; a stale stamp makes the update fail with 409.</summary>
    string ConcurrencyStamp { get; set; }
}

/// <summary>An object that collects local (in-process) domain events until its unit of work saves it.</summary>
public interface IGeneratesDomainEvents
{
    /// <summary>Events raised since the last dispatch, in order.</summary>
    IReadOnlyList<object> GetLocalEvents();

    /// <summary>Forgets the raised events (after dispatch).</summary>
    void ClearLocalEvents();
}

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
