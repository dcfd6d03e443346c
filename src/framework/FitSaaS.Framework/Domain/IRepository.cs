namespace FitSaaS.Framework.Domain;

/// <summary>
/// Repository of one aggregate root type. Queries see only the current tenant's rows and no
/// soft-deleted rows unless those filters are disabled. Changes are saved by the unit of work.
/// </summary>
public interface IRepository<TEntity, TKey>
    where TEntity : class, IAggregateRoot<TKey>
{
    /// <summary>Returns the entity, or null when missing or not visible.</summary>
    Task<TEntity?> FindAsync(TKey id, CancellationToken cancellationToken = default);

    /// <summary>Returns the entity.</summary>
    /// <exception cref="Exceptions.EntityNotFoundException">Missing or not visible (404, <c>FitSaaS:EntityNotFound</c>).</exception>
    Task<TEntity> GetAsync(TKey id, CancellationToken cancellationToken = default);

    /// <summary>Adds a new entity; saved with the unit of work unless <paramref name="autoSave"/>.</summary>
    Task<TEntity> InsertAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default);

    /// <summary>Marks the entity as changed (tracked entities need not call it).</summary>
    Task<TEntity> UpdateAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default);

    /// <summary>Deletes the entity: soft for <see cref="ISoftDelete"/> entities, hard otherwise.</summary>
    Task DeleteAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default);
}
