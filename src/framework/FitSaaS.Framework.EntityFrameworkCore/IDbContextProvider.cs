using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>
/// Hands out the scope's DbContexts (ABP's <c>IDbContextProvider</c>): one per connection string per DI
/// scope, chosen per call from the current tenant (its own database or the shared one), each joined to the
/// active unit of work. Host data (<see cref="Domain.IHostEntity"/>, <see cref="MultiTenancy.HostDatabaseAttribute"/>)
/// always comes from the host database. Repositories ask it on every call, so
/// <see cref="MultiTenancy.ICurrentTenant.Change"/> inside a scope switches databases.
/// </summary>
public interface IDbContextProvider<out TDbContext>
    where TDbContext : DbContext
{
    /// <summary>The context for rows of <paramref name="entityType"/> (null = tenant data) in the current tenant.</summary>
    TDbContext GetDbContext(Type? entityType = null);

    /// <summary>The context of <paramref name="tenantId"/>'s database (null = the host database).</summary>
    TDbContext GetDbContextForTenant(Guid? tenantId);
}
