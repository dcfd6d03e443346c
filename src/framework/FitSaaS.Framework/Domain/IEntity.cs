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
