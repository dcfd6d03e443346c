using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>
/// EF Core repository for an aggregate root with a <see cref="Guid"/> key. Derive a
/// <c>EfCoreXxxRepository</c> from it for aggregate-specific queries; queries go through the context's
/// global filters. The context is picked per call by <see cref="IDbContextProvider{TDbContext}"/> (the current
/// tenant's database, or the host database for host data), so a tenant change inside a scope switches databases.
/// </summary>
public abstract class EfCoreRepository<TDbContext, TEntity>(IDbContextProvider<TDbContext> dbContextProvider) : IRepository<TEntity, Guid>
    where TDbContext : DbContext
    where TEntity : class, IAggregateRoot<Guid>
{
    /// <summary>The context for <typeparamref name="TEntity"/> in the current tenant.</summary>
    protected ValueTask<TDbContext> GetDbContextAsync(CancellationToken cancellationToken = default) =>
        dbContextProvider.GetDbContextAsync(typeof(TEntity), cancellationToken);

    /// <summary>Hands out contexts for other entity types or tenants.</summary>
    protected IDbContextProvider<TDbContext> DbContextProvider => dbContextProvider;

    /// <summary>The aggregate's set in the current tenant's context.</summary>
    protected async ValueTask<DbSet<TEntity>> GetDbSetAsync(CancellationToken cancellationToken = default) =>
        (await GetDbContextAsync(cancellationToken)).Set<TEntity>();

    /// <summary>
    /// The context an aggregate is written to: the database of its own tenant (so host code writing a tenant's row
    /// reaches that tenant's database), the current tenant's for rows not stamped yet, the host's for host data.
    /// </summary>
    protected ValueTask<TDbContext> GetDbContextForAsync(TEntity entity, CancellationToken cancellationToken = default) =>
        entity is IMultiTenant { TenantId: { } tenantId } && !HostDatabaseAttribute.IsHostDatabaseEntity(typeof(TEntity))
            ? dbContextProvider.GetDbContextForTenantAsync(tenantId, cancellationToken)
            : GetDbContextAsync(cancellationToken);

    /// <summary>Query used by <see cref="FindAsync"/>; override to include child collections.</summary>
    protected virtual async ValueTask<IQueryable<TEntity>> WithDetailsAsync(CancellationToken cancellationToken = default) =>
        await GetDbSetAsync(cancellationToken);

    /// <inheritdoc/>
    public virtual async Task<TEntity?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await (await WithDetailsAsync(cancellationToken)).FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    /// <inheritdoc/>
    public async Task<TEntity> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(TEntity), id);

    /// <inheritdoc/>
    public async Task<TEntity> InsertAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var dbContext = await GetDbContextForAsync(entity, cancellationToken);
        await dbContext.Set<TEntity>().AddAsync(entity, cancellationToken);
        if (autoSave)
        {
            await dbContext.SaveChangesAsync(cancellationToken);
        }

        return entity;
    }

    /// <inheritdoc/>
    public async Task<TEntity> UpdateAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var dbContext = await GetDbContextForAsync(entity, cancellationToken);
        if (dbContext.Entry(entity).State == EntityState.Detached)
        {
            dbContext.Set<TEntity>().Update(entity);
        }

        if (autoSave)
        {
            await dbContext.SaveChangesAsync(cancellationToken);
        }

        return entity;
    }

    /// <inheritdoc/>
    public async Task DeleteAsync(TEntity entity, bool autoSave = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var dbContext = await GetDbContextForAsync(entity, cancellationToken);
        dbContext.Set<TEntity>().Remove(entity);
        if (autoSave)
        {
            await dbContext.SaveChangesAsync(cancellationToken);
        }
    }
}
