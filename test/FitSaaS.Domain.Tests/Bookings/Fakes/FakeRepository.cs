using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Bookings.Fakes;

/// <summary>An in-memory repository: same instances back, no tenant filter, deletes of soft-delete entities mark them.</summary>
public abstract class FakeRepository<TEntity> : IRepository<TEntity, Guid>
    where TEntity : class, IAggregateRoot<Guid>
{
    public List<TEntity> Items { get; } = [];

    protected IEnumerable<TEntity> Visible => Items.Where(e => e is not ISoftDelete { IsDeleted: true });

    public Task<TEntity?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.FirstOrDefault(e => e.Id == id));

    public async Task<TEntity> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(TEntity), id);

    public Task<TEntity> InsertAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default)
    {
        Items.Add(entity);
        return Task.FromResult(entity);
    }

    public Task<TEntity> UpdateAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default) =>
        Task.FromResult(entity);

    public Task DeleteAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default)
    {
        if (entity is ISoftDelete softDelete)
        {
            softDelete.IsDeleted = true;
        }
        else
        {
            Items.Remove(entity);
        }

        return Task.CompletedTask;
    }
}
