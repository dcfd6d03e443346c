namespace FitSaaS.Framework.Domain;

/// <summary>An entity: identity by key.</summary>
public interface IEntity
{
    /// <summary>The entity's key values.</summary>
    object?[] GetKeys();
}

/// <summary>An entity with a single key.</summary>
public interface IEntity<out TKey> : IEntity
{
    /// <summary>The key.</summary>
    TKey Id { get; }
}

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

/// <summary>
/// Marks an entity that belongs to the host (platform) and never to a tenant. Every mapped entity is
/// either <see cref="MultiTenancy.IMultiTenant"/> or <see cref="IHostEntity"/>; an architecture test enforces it.
/// </summary>
public interface IHostEntity;
