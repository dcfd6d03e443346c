namespace FitSaaS.Framework.MultiTenancy;

/// <summary>
/// Picks the database connection string (ABP's <c>IConnectionStringResolver</c>): the tenant's own database
/// when it has one, else the default (host, shared) database.
/// </summary>
public interface IConnectionStringResolver
{
    /// <summary>The host (shared) database's connection string.</summary>
    string Default { get; }

    /// <summary>The connection string for <paramref name="tenantId"/> (null = host): its own database, or <see cref="Default"/>.</summary>
    /// <remarks>
    /// Synchronous because EF Core contexts are handed out synchronously. Answered from memory when the tenant was resolved
    /// in this scope (<see cref="ResolveAsync"/>; the request pipeline does it for the request's tenant) or less than a second
    /// ago in this process; otherwise it blocks the calling thread on a tenant-store lookup. Prefer <see cref="ResolveAsync"/>.
    /// </remarks>
    string Resolve(Guid? tenantId);

    /// <summary>
    /// The connection string for <paramref name="tenantId"/> (null = host), asking the tenant store asynchronously when it is
    /// not known yet; the answer is remembered for the scope, so a later <see cref="Resolve"/> of the same tenant does not block.
    /// </summary>
    Task<string> ResolveAsync(Guid? tenantId, CancellationToken cancellationToken = default);
}
