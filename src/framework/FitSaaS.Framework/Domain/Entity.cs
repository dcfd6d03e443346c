namespace FitSaaS.Framework.Domain;

/// <summary>Base entity with a single key (<see cref="Guid"/> from <c>IGuidGenerator</c> by convention).</summary>
public abstract class Entity<TKey> : IEntity<TKey>
{
    /// <summary>For EF Core.</summary>
    protected Entity()
    {
        Id = default!;
    }

    /// <summary>Creates the entity with its key.</summary>
    protected Entity(TKey id)
    {
        Id = id;
    }

    /// <inheritdoc/>
    public TKey Id { get; protected set; }

    /// <inheritdoc/>
    public object?[] GetKeys() => [Id];

    /// <inheritdoc/>
    public override string ToString() => $"[{GetType().Name}] Id = {Id}";
}
