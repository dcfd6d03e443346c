using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>
/// Hands out the scope's DbContexts (ABP's <c>IDbContextProvider.GetDbContextAsync</c>): one per connection string per DI
/// scope, chosen per call from the current tenant (its own database or the shared one), each joined to the active unit of
/// work. Host data (<see cref="Domain.IHostEntity"/>, <see cref="MultiTenancy.HostDatabaseAttribute"/>) always comes from
/// the host database. Repositories ask it on every call, so <see cref="MultiTenancy.ICurrentTenant.Change"/> inside a scope
/// switches databases. Asynchronous only: choosing a tenant's database may read the tenant store (database, Redis) and
/// joining a transactional unit of work begins a transaction; neither blocks a thread.
/// </summary>
public interface IDbContextProvider<TDbContext>
    where TDbContext : DbContext
{
    /// <summary>The context for rows of <paramref name="entityType"/> (null = tenant data) in the current tenant.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<TDbContext> GetDbContextAsync(Type? entityType = null, CancellationToken cancellationToken = default);

    /// <summary>The context of <paramref name="tenantId"/>'s database (null = the host database).</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<TDbContext> GetDbContextForTenantAsync(Guid? tenantId, CancellationToken cancellationToken = default);
}
