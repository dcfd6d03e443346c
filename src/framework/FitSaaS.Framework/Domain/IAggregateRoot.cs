namespace FitSaaS.Framework.Domain;

/// <summary>An aggregate root: the only entry point to its aggregate, the unit of persistence.</summary>
public interface IAggregateRoot : IEntity;

/// <summary>An aggregate root with a single key.</summary>
public interface IAggregateRoot<out TKey> : IAggregateRoot, IEntity<TKey>;
